/** The little of Decap CMS's global API (its prebuilt bundle, `window.CMS`) the admin script uses. */

/** An Immutable.js map, as Decap hands entries and fields to its hooks. */
export interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: (string | number)[]): unknown;
  set(key: string, value: unknown): ImmutableMap;
  toJS(): Record<string, unknown>;
}

export type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

export interface EditorComponent {
  id: string;
  label: string;
  fields: Record<string, unknown>[];
  pattern: RegExp;
  fromBlock(match: RegExpMatchArray): Record<string, unknown>;
  toBlock(data: Record<string, unknown>): string;
  toPreview(data: Record<string, unknown>, getAsset: (path: string, field?: unknown) => unknown, fields?: { find(test: (field: ImmutableMap) => boolean): ImmutableMap | undefined }): string;
}

export interface DecapCms {
  init(options: { config: Record<string, unknown> }): void;
  registerLocale(name: string, phrases: Record<string, unknown>): void;
  getLocale(name: string): Record<string, unknown> | undefined;
  registerCustomFormat(name: string, extension: string, formatter: { fromFile(text: string): Record<string, unknown>; toFile(data: Record<string, unknown>): string }): void;
  registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: ImmutableMap }) => ImmutableMap | undefined }): void;
  registerEditorComponent(component: EditorComponent): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerPreviewStyle(href: string): void;
  registerWidget(widget: { name: string; controlComponent: unknown; previewComponent?: unknown; schema?: Record<string, unknown> }): void;
  getWidget(name: string): { control: unknown; preview?: unknown } | undefined;
}

export interface DecapWindow {
  CMS?: DecapCms;
  CMS_MANUAL_INIT?: boolean;
  h?: CreateElement;
  createClass?: (spec: Record<string, unknown>) => unknown;
}
