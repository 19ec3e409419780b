/**
 * The web editor's date widget: a day or an instant typed and shown `31/12/2024 20:30`, in the site's time zone,
 * whatever the language and the zone of the browser (Decap's own widget is the browser's date picker, which shows
 * `12/31/2024, 08:30 PM` in an English browser). Saved as `2024-12-31T20:30:00+07:00` or `2024-12-31`; text that
 * is no date is kept as typed and named under the field as a problem.
 */
import { readDay, readInstant, showDay, showInstant, DAY_PLACEHOLDER, INSTANT_PLACEHOLDER } from '../../lib/date-entry.ts';
import { toZonedIso } from '../../lib/dates.ts';
import { cmsUi } from '../../i18n/cms.ts';
import { WIDGETS } from '../../cms/cms-fields.ts';
import type { CreateElement, ImmutableMap } from './decap.ts';

interface ControlProps {
  field: ImmutableMap;
  value: unknown;
  forID: string;
  classNameWrapper: string;
  onChange(value: string): void;
  setActiveStyle(): void;
  setInactiveStyle(): void;
  validate(): void;
}

type Control = { props: ControlProps; state: { text: string }; emitted?: string; setState(state: object): void };

export function dateWidget(h: CreateElement, createClass: (spec: Record<string, unknown>) => unknown, timeZone: string) {
  const withTime = (field: ImmutableMap) => field.get('time') === true;
  const show = (value: unknown, time: boolean) => (typeof value !== 'string' || value === '{{now}}' ? '' : time ? showInstant(value, timeZone) : showDay(value));
  const read = (text: string, time: boolean) => (time ? readInstant(text, timeZone) : readDay(text));
  const now = (time: boolean) => {
    const iso = toZonedIso(new Date(), timeZone);
    return time ? iso.replace(/:\d{2}(?=[+-]\d{2}:\d{2}$)/, ':00') : iso.slice(0, 10);
  };

  const control = createClass({
    getInitialState(this: Control) {
      return { text: show(this.props.value, withTime(this.props.field)) };
    },
    componentDidMount(this: Control) {
      if (this.props.value === '{{now}}') this.props.onChange(now(withTime(this.props.field)));
    },
    componentDidUpdate(this: Control, previous: ControlProps) {
      // A value set from outside (the entry loaded, "now" filled in), not the one just typed.
      if (previous.value !== this.props.value && this.props.value !== this.emitted) {
        this.setState({ text: show(this.props.value, withTime(this.props.field)) });
      }
    },
    /** Decap asks before saving (and this widget after each edit): a problem is shown under the field. */
    isValid(this: Control) {
      const text = this.state.text.trim();
      if (!text) return true;
      const read_ = read(text, withTime(this.props.field));
      return read_.ok ? true : { error: { type: 'CUSTOM', message: `${String(this.props.field.get('label'))}: ${read_.reason}` } };
    },
    change(this: Control, text: string) {
      const time = withTime(this.props.field);
      const read_ = read(text.trim(), time);
      this.emitted = text.trim() === '' ? '' : read_.ok ? read_.value : text;
      this.setState({ text });
      this.props.onChange(this.emitted);
    },
    render(this: Control & { change(text: string): void }) {
      const { field, forID, classNameWrapper, setActiveStyle, setInactiveStyle, validate } = this.props;
      const time = withTime(field);
      return h(
        'div',
        { className: `${classNameWrapper} bantin-date` },
        h('input', {
          id: forID,
          type: 'text',
          value: this.state.text,
          placeholder: time ? INSTANT_PLACEHOLDER : DAY_PLACEHOLDER,
          autoComplete: 'off',
          spellCheck: false,
          onChange: (event: { target: { value: string } }) => this.change(event.target.value),
          onFocus: setActiveStyle,
          onBlur: () => {
            // What was typed as 5/3/2021 reads 05/03/2021 once left.
            const shown = show(this.emitted, time);
            if (this.emitted && shown !== this.emitted && shown !== this.state.text) this.setState({ text: shown });
            setInactiveStyle();
            validate();
          },
        }),
        h('button', { type: 'button', onClick: () => this.change(show(now(time), time)) }, time ? cmsUi.checks.now : cmsUi.checks.today),
      );
    },
  });

  const preview = createClass({
    render(this: { props: { value: unknown; field: ImmutableMap } }) {
      return h('span', null, show(this.props.value, withTime(this.props.field)));
    },
  });

  return { name: WIDGETS.date, controlComponent: control, previewComponent: preview, schema: { properties: { time: { type: 'boolean' } } } };
}
