/**
 * A document's number (số ký hiệu): Decap's text field, checked against the kind and the day of issue chosen in the
 * same form as the content check checks it (src/lib/document-rules.ts), its message shown under the field when the
 * field is left and before saving.
 */
import { numberProblem } from '../../lib/document-rules.ts';
import { WIDGETS } from '../../cms/cms-fields.ts';
import type { CreateElement, ImmutableMap } from './decap.ts';

interface ControlProps {
  field: ImmutableMap;
  value: unknown;
  getEntry?: () => ImmutableMap;
  entry: ImmutableMap;
  setInactiveStyle(): void;
  validate(): void;
}

export function documentNumberWidget(h: CreateElement, createClass: (spec: Record<string, unknown>) => unknown, textControl: unknown, textPreview: unknown) {
  const control = createClass({
    isValid(this: { props: ControlProps }) {
      const { value, field } = this.props;
      if (typeof value !== 'string' || !value.trim()) return true;
      const data = (this.props.getEntry?.() ?? this.props.entry).get('data') as ImmutableMap;
      const text = (key: string) => {
        const item = data.get(key);
        return typeof item === 'string' ? item : '';
      };
      const problem = numberProblem(value.trim(), text('kind'), text('issued'));
      return problem ? { error: { type: 'CUSTOM', message: `${String(field.get('label'))}: ${problem}` } } : true;
    },
    render(this: { props: ControlProps }) {
      return h(textControl, {
        ...this.props,
        setInactiveStyle: () => {
          this.props.setInactiveStyle();
          this.props.validate();
        },
      });
    },
  });
  return { name: WIDGETS.documentNumber, controlComponent: control, previewComponent: textPreview };
}
