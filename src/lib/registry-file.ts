import { Document, isMap, isSeq, type Node } from 'yaml';

/**
 * `content/units.yaml` and `content/authors.yaml` hold their list under one key (`units:`, `authors:`): the web
 * editor (Decap CMS) edits a data file as an object, never as a bare list. The list's items start at the left
 * margin (`- id: …`), so a file reads as it did when it was a bare list.
 */
export const REGISTRY_KINDS = ['units', 'authors'] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

/** What the head of each file says to someone who opens it. */
const HEADERS: Record<RegistryKind, string> = {
  units: [
    ' Các đơn vị đăng tin, dưới dòng "units:". Mỗi đơn vị: id (chữ thường không dấu, nối bằng gạch ngang), name (tên',
    ' đầy đủ), shortName (tên ngắn, tùy chọn), parent (id đơn vị cấp trên, tùy chọn), description, aliases (tên gọi khác).',
    ' Sửa ở đây hoặc ở trang biên tập (/admin/, mục "Đơn vị").',
  ].join('\n'),
  authors: [
    ' Tác giả, dưới dòng "authors:". Mỗi tác giả: id (chữ thường không dấu), name (tên như in trên bài), role (tùy chọn).',
    ' Sửa ở đây hoặc ở trang biên tập (/admin/, mục "Tác giả").',
  ].join('\n'),
};

/** The list a registry file's data holds, or undefined when the file does not have the `units:`/`authors:` shape. */
export function registryList(data: unknown, kind: RegistryKind): unknown[] | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const list = (data as Record<string, unknown>)[kind];
  return Array.isArray(list) ? list : undefined;
}

/** The text of a registry file: its header, `units:`/`authors:`, then one blank-line-separated item per entry. */
export function registryFileText(kind: RegistryKind, entries: readonly object[]): string {
  const doc = new Document({ [kind]: entries });
  doc.commentBefore = HEADERS[kind];
  const list = doc.get(kind, true) as Node | undefined;
  if (isSeq(list)) {
    list.items.forEach((item, index) => {
      if (index > 0) (item as Node).spaceBefore = true;
      // Short lists of names (aliases) stay on one line: `aliases: [VPCP]`.
      const aliases = isMap(item) ? item.get('aliases', true) : undefined;
      if (isSeq(aliases)) aliases.flow = true;
    });
  }
  return doc.toString({ lineWidth: 0, indentSeq: false, flowCollectionPadding: false });
}
