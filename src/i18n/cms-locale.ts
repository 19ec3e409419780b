const REQUIRED = 'Chưa điền';

/** Decap's notice when a required field is empty; the admin script adds the fields' names (missingFieldsMessage). */
export const MISSING_FIELDS_NOTICE = 'Chưa lưu được: còn trường bắt buộc chưa điền.';

/** The notice naming the fields: `Chưa lưu được: chưa điền Tiêu đề, Sa pô.` */
export const missingFieldsMessage = (labels: readonly string[]) => `Chưa lưu được: chưa điền ${labels.join(', ')}.`;

/** The label in a field's own "required" message (`Chưa điền Tiêu đề.` → `Tiêu đề`), or undefined for another message. */
export function requiredFieldLabel(message: string): string | undefined {
  return new RegExp(`^${REQUIRED} (.+)\\.$`, 'u').exec(message.trim())?.[1];
}

/**
 * What Decap CMS's own Vietnamese locale leaves in English (77 phrases in decap-cms-locales 3.8), and the few it
 * says in a way our editors would not: merged over it by the admin script.
 */
export const decapViAdditions = {
  auth: { loginWithAzure: 'Đăng nhập bằng Azure', loginWithForgejo: 'Đăng nhập bằng Forgejo' },
  collection: {
    collectionTop: { newButton: 'Thêm %{collectionLabel}', viewAsList: 'Xem dạng danh sách', viewAsGrid: 'Xem dạng lưới', groupBy: 'Nhóm theo' },
    entries: { unpublishedHeader: 'Bài chưa đăng' },
    groups: { other: 'Khác', negateLabel: 'Không %{label}' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Trường %{widgetLabel}' } },
    editorControlPane: {
      i18n: {
        writingInLocale: 'Đang viết bằng %{locale}',
        copyFromLocale: 'Điền từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Điền dữ liệu từ ngôn ngữ %{locale}?\nMọi nội dung đang có sẽ bị ghi đè.',
      },
      // Our patterns carry a whole sentence of their own; a missing field is named by the notice too (below).
      widget: { regexPattern: '%{fieldLabel}: %{pattern}', required: `${REQUIRED} %{fieldLabel}.` },
    },
    editorInterface: { toggleI18n: 'Bật/tắt đa ngôn ngữ', togglePreview: 'Bật/tắt xem trước', toggleScrollSync: 'Cuộn đồng bộ', toggleNotes: 'Bật/tắt ghi chú' },
    editorNotesPane: {
      title: 'Ghi chú',
      emptyState: 'Chưa có ghi chú nào. Thêm ghi chú đầu tiên ở dưới.',
      addNote: 'Thêm ghi chú',
      addPlaceholder: 'Viết ghi chú…',
      editPlaceholder: 'Sửa ghi chú…',
      save: 'Lưu',
      cancel: 'Hủy',
      edit: 'Sửa',
      delete: 'Xóa',
      resolve: 'Đã xử lý',
      unresolve: 'Mở lại',
      confirmDelete: 'Xóa ghi chú này?',
      shortcut: 'Mẹo: bấm Ctrl+Enter để thêm ghi chú nhanh',
    },
    // The editorial workflow's three columns, named for the newsroom's steps: biên tập → duyệt → đăng.
    editorToolbar: {
      status: 'Trạng thái: %{status}',
      draft: 'Đang biên tập',
      inReview: 'Chờ duyệt',
      ready: 'Đã duyệt',
      statusInfoTooltipDraft: 'Bài đang ở bước biên tập. Khi viết xong, chuyển trạng thái sang "Chờ duyệt".',
      statusInfoTooltipInReview: 'Bài đang chờ duyệt; vẫn có thể sửa thêm trong lúc chờ.',
    },
    editorWidgets: {
      markdown: {
        bold: 'Đậm',
        italic: 'Nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ của liên kết',
        headings: 'Tiêu đề phụ',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách dấu chấm',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Thêm ảnh',
        toggleMode: { rich: 'Chuyển sang soạn thảo thường', markdown: 'Chuyển sang Markdown' },
      },
      image: {
        chooseMultiple: 'Chọn ảnh',
        chooseUrl: 'Chèn từ địa chỉ web',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ của ảnh',
        addMore: 'Thêm ảnh',
        removeAll: 'Bỏ tất cả ảnh',
      },
      file: {
        chooseUrl: 'Chèn từ địa chỉ web',
        chooseMultiple: 'Chọn tệp',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ của tệp',
        addMore: 'Thêm tệp',
        removeAll: 'Bỏ tất cả tệp',
      },
      datetime: { setToNow: 'Đặt %{fieldLabel} là bây giờ' },
      list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
      object: { expand: 'Mở ra', collapse: 'Thu gọn' },
    },
  },
  workflow: {
    workflowList: { draftHeader: 'Đang biên tập', inReviewHeader: 'Chờ duyệt', readyHeader: 'Đã duyệt (chờ đăng)' },
  },
  mediaLibrary: {
    mediaLibraryCard: { copy: 'Sao chép', copyUrl: 'Sao chép địa chỉ', copyPath: 'Sao chép đường dẫn', copyName: 'Sao chép tên', copied: 'Đã sao chép' },
    mediaLibraryModal: { close: 'Đóng' },
  },
  ui: {
    settingsDropdown: { account: 'Tài khoản' },
    toast: {
      noteAdded: 'Đã thêm ghi chú',
      onFailToAddNote: 'Không thêm được ghi chú: %{details}',
      noteUpdated: 'Đã sửa ghi chú',
      onFailToUpdateNote: 'Không sửa được ghi chú: %{details}',
      noteDeleted: 'Đã xóa ghi chú',
      onFailToDeleteNote: 'Không xóa được ghi chú: %{details}',
      noteResolved: 'Ghi chú đã xử lý',
      noteReopened: 'Đã mở lại ghi chú',
      onFailToToggleNote: 'Không đổi được trạng thái ghi chú: %{details}',
      onFailToPersist: 'Chưa lưu được: %{details}',
      missingRequiredField: MISSING_FIELDS_NOTICE,
    },
  },
};

type Phrases = { [key: string]: string | Phrases };

/** `base` with `additions` merged in, at any depth. */
export function mergePhrases(base: Phrases, additions: Phrases): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, value] of Object.entries(additions)) {
    const current = merged[key];
    merged[key] = typeof value === 'object' && typeof current === 'object' ? mergePhrases(current, value) : value;
  }
  return merged;
}
