/** Strings of the search page. */
// i18n imports nothing of the project (README, Imports run one way): its own number format rather than lib's formatCount.
const number = new Intl.NumberFormat('vi');

export const searchUi = {
  title: 'Tìm kiếm',
  label: 'Tìm kiếm trên trang tin',
  /** Names of the two search landmarks, which must differ */
  headerRegion: 'Tìm kiếm nhanh',
  pageRegion: 'Tìm kiếm bài viết',
  placeholder: 'Nhập từ khóa, có dấu hoặc không dấu',
  submit: 'Tìm',
  hint: 'Có thể gõ không dấu: "chu duc nhuan" tìm được "Chu Đức Nhuận". Đặt cụm từ trong ngoặc kép, như "đảng ủy", để chỉ tìm bài có đúng cụm từ ấy. Nhấn phím / để đến ô tìm kiếm.',
  filtersTitle: 'Lọc kết quả',
  filters: { unit: 'Đơn vị', author: 'Tác giả', year: 'Năm', tag: 'Chủ đề', kind: 'Loại văn bản' },
  /** The documents found, listed above the articles */
  documents: 'Văn bản',
  articles: 'Bài viết',
  sort: 'Sắp xếp',
  sortRelevance: 'Liên quan nhất',
  sortNewest: 'Mới nhất',
  loading: 'Đang tải chỉ mục tìm kiếm…',
  searching: (q: string) => `Đang tìm “${q}”…`,
  count: (n: number, q: string) => (q ? `${number.format(n)} kết quả cho “${q}”` : `${number.format(n)} kết quả`),
  /** The first page is final, but older articles were not all read: there may be more results. */
  atLeast: (n: number, q: string) => (q ? `Ít nhất ${number.format(n)} kết quả cho “${q}”` : `Ít nhất ${number.format(n)} kết quả`),
  none: (q: string) =>
    q ? `Không tìm thấy kết quả nào cho “${q}”. Hãy thử từ khóa khác hoặc bỏ bớt bộ lọc.` : 'Không có kết quả nào với bộ lọc đã chọn.',
  empty: 'Nhập từ khóa để tìm trong các bài viết và văn bản; số văn bản gõ kiểu nào cũng được, ví dụ 35-CT/TW hay ct 35.',
  more: 'Xem thêm kết quả',
  clearFilters: 'Bỏ các bộ lọc',
  noIndex:
    'Chưa có chỉ mục tìm kiếm. Khi chạy npm run dev, hãy chạy npm run build một lần để tạo chỉ mục trong dist/chi-muc/, rồi tải lại trang này.',
  failed: 'Không tải được chức năng tìm kiếm. Vui lòng tải lại trang.',
  /** A file of the index went missing or could not be read mid-search (a new version of the site, a lost connection) */
  failedFile: 'Không đọc được một phần chỉ mục tìm kiếm: trang có thể vừa được cập nhật hoặc mạng bị gián đoạn. Vui lòng tải lại trang rồi tìm lại.',
  noScript: 'Tìm kiếm cần JavaScript. Bạn vẫn có thể xem tin theo đơn vị, tác giả hoặc năm trong mục Lưu trữ.',
} as const;
