/**
 * What editors read in the web editor (`/admin/`) beyond Decap CMS's own Vietnamese: collection and field labels,
 * hints, and messages. Field names stay as they are written in the files.
 */
export const cmsUi = {
  pageTitle: (site: string) => `Trang biên tập | ${site}`,
  noScript: 'Trang biên tập cần bật JavaScript.',
  loadFailed: 'Không tải được trang biên tập. Hãy tải lại trang; nếu vẫn lỗi, báo cho nhóm kỹ thuật.',
  articles: {
    label: 'Bài viết',
    singular: 'bài viết',
    description: 'Mỗi bài là một tệp trong content/articles/<năm>/. Tên tệp (đường dẫn của bài) đặt theo tiêu đề lúc tạo bài và không đổi về sau.',
  },
  editions: {
    label: 'Số bản tin',
    singular: 'số bản tin',
    description: 'Mỗi số là một tệp content/editions/<số>.md: chọn bài theo chuyên mục, theo thứ tự in. Lệnh npm run edition soạn sẵn một số từ các bài của một kỳ.',
    summary: "Số {{number}} – {{period}} ({{date | date('DD/MM/YYYY')}})",
  },
  documents: {
    label: 'Văn bản',
    singular: 'văn bản',
    description: 'Mỗi văn bản là một tệp content/documents/<số ký hiệu>.md, tên tệp đặt theo số ký hiệu lúc tạo (35-CT/TW → 35-ct-tw.md); tệp đính kèm nằm cạnh.',
    summary: '{{number}} · {{summary}}',
  },
  pages: {
    label: 'Trang riêng',
    singular: 'trang riêng',
    description: 'Giới thiệu, Liên hệ, Chính sách sử dụng…: mỗi trang là một tệp content/pages/<tên>.md, ở địa chỉ /<tên>/ đặt theo tiêu đề lúc tạo.',
  },
  units: { label: 'Đơn vị', file: 'Danh sách đơn vị', item: 'đơn vị' },
  authors: { label: 'Tác giả', file: 'Danh sách tác giả', item: 'tác giả' },
  /** Per frontmatter field (the keys of the article schema): label and hint. */
  articleFields: {
    title: { label: 'Tiêu đề', hint: 'Tên tệp của bài được tạo từ tiêu đề khi lưu lần đầu (chữ không dấu, ví dụ "Đảng ủy" → dang-uy).' },
    date: { label: 'Ngày giờ đăng', hint: 'Giờ Việt Nam, gõ ngày/tháng/năm giờ:phút, ví dụ 26/08/2020 10:54. Ghi một thời điểm sau này để hẹn giờ đăng bài.' },
    updated: { label: 'Ngày giờ cập nhật', hint: 'Chỉ ghi khi đính chính nội dung quan trọng sau khi đăng; trang bài hiện dòng "Cập nhật".' },
    author: { label: 'Tác giả', hint: 'Chọn một hoặc nhiều tác giả. Tác giả mới: thêm ở mục "Tác giả" trước.' },
    unit: { label: 'Đơn vị', hint: 'Đơn vị đăng tin. Đơn vị mới: thêm ở mục "Đơn vị" trước.' },
    lede: { label: 'Sa pô', hint: 'Đoạn tóm tắt dưới tiêu đề, không ghi tiền tố "(Chinhphu.vn) -". Nên dưới 300 ký tự.' },
    location: { label: 'Địa điểm', hint: 'Nơi diễn ra sự kiện, ví dụ Hà Nội.' },
    source: { label: 'Nguồn', hint: 'Bài đăng lại từ nơi khác: tên nguồn và địa chỉ (nếu có).' },
    cover: { label: 'Ảnh đại diện', hint: 'Ảnh hiện đầu bài và trong danh sách tin.' },
    tags: { label: 'Chủ đề', hint: 'Các chủ đề, cách nhau bằng dấu phẩy, ví dụ: COVID-19, Xây dựng Đảng.' },
    draft: { label: 'Bản nháp', hint: 'Bật: bài chưa lên trang công khai.' },
    body: { label: 'Nội dung', hint: 'Mỗi đoạn văn cách nhau một dòng trống. Thêm ảnh bằng nút "+" → "Ảnh có chú thích".' },
  },
  /** Per frontmatter field of an edition (the keys of the edition schema): label and hint. */
  editionFields: {
    number: { label: 'Số', hint: 'Số thứ tự của số bản tin; cũng là tên tệp và đường dẫn (/so/<số>/). Không trùng số đã có.' },
    date: { label: 'Ngày phát hành', hint: 'Phải nằm trong thời hạn của giấy phép xuất bản.' },
    period: { label: 'Kỳ', hint: 'In cạnh số, ví dụ Tháng 6/2024 hoặc Quý II/2024.' },
    sections: { label: 'Chuyên mục', hint: 'Theo thứ tự in; mỗi chuyên mục mở đầu một trang mới của bản PDF.' },
    printRun: { label: 'Số lượng in', hint: 'Số bản in, ghi ở cuối trang cuối.' },
    printer: { label: 'Nơi in', hint: 'Tên và địa chỉ nhà in, ghi ở cuối trang cuối.' },
    cover: { label: 'Ảnh bìa', hint: 'Ảnh ở trang bìa (không bắt buộc).' },
    draft: { label: 'Bản nháp', hint: 'Bật: số này chưa lên trang công khai và chưa có bản PDF.' },
    body: { label: 'Lời tòa soạn', hint: 'Không bắt buộc; in ở trang mục lục và trên trang của số.' },
  },
  /** Per frontmatter field of a document (the keys of the document schema): label and hint. */
  documentFields: {
    number: { label: 'Số ký hiệu', hint: 'Như in trên văn bản, ví dụ 35-CT/TW, 123/QĐ-UBND, 42/2022/NĐ-CP; phải khớp với loại văn bản. Cũng là tên tệp khi tạo.' },
    kind: { label: 'Loại văn bản', hint: '' },
    issuer: { label: 'Cơ quan ban hành', hint: 'Mã đơn vị trong mục "Đơn vị" (ví dụ van-phong-chinh-phu), hoặc tên đầy đủ của cơ quan bên ngoài, ví dụ Bộ Chính trị.' },
    signer: { label: 'Người ký', hint: 'Ví dụ Trần Quốc Vượng' },
    issued: { label: 'Ngày ban hành', hint: 'Gõ ngày/tháng/năm, ví dụ 30/05/2019.' },
    effective: { label: 'Ngày có hiệu lực', hint: 'Chỉ ghi khi khác ngày ban hành.' },
    summary: { label: 'Trích yếu', hint: 'Văn bản nói về việc gì, như dòng trích yếu in dưới số ký hiệu.' },
    files: { label: 'Tệp đính kèm', hint: 'PDF, DOC, DOCX hoặc ODT; lưu cạnh tệp văn bản.' },
    status: { label: 'Hiệu lực', hint: 'Bỏ trống nếu còn hiệu lực. Bị thay thế: chọn cả văn bản thay thế.' },
    replacedBy: { label: 'Văn bản thay thế', hint: 'Văn bản thay thế văn bản này (nếu có).' },
    tags: { label: 'Chủ đề', hint: 'Cách nhau bằng dấu phẩy, ví dụ: Công tác văn thư' },
    body: { label: 'Toàn văn hoặc trích đoạn', hint: 'Không bắt buộc.' },
  },
  documentFileFields: {
    src: { label: 'Tệp', hint: '' },
    title: { label: 'Tên hiển thị', hint: 'Ví dụ Toàn văn (PDF)' },
  },
  /** Per frontmatter field of a standing page. */
  pageFields: {
    title: { label: 'Tiêu đề', hint: 'Cũng là địa chỉ của trang khi tạo: "Liên hệ" → /lien-he/.' },
    description: { label: 'Mô tả', hint: 'Một câu cho công cụ tìm kiếm và khi chia sẻ liên kết.' },
    updated: { label: 'Ngày giờ cập nhật', hint: 'Giờ Việt Nam, ví dụ 20/11/2026 09:00; trang hiện dòng "Cập nhật".' },
    draft: { label: 'Bản nháp', hint: 'Bật: trang chưa lên trang công khai.' },
    body: { label: 'Nội dung', hint: '' },
  },
  /** Documents' standing as the editor picks it, written to the file as shown. */
  documentStatuses: ['còn hiệu lực', 'hết hiệu lực', 'bị thay thế'],
  editionSectionFields: {
    title: { label: 'Tên chuyên mục', hint: 'Ví dụ Xây dựng Đảng; in ở đầu trang.' },
    articles: { label: 'Bài', hint: 'Chọn bài theo tiêu đề, theo thứ tự in. Chỉ in được bài đã đăng.' },
  },
  sourceFields: {
    name: { label: 'Tên nguồn', hint: 'Ví dụ Chinhphu.vn' },
    url: { label: 'Địa chỉ nguồn', hint: 'Bắt đầu bằng https://' },
  },
  coverFields: {
    src: { label: 'Ảnh', hint: '' },
    alt: { label: 'Mô tả ảnh', hint: 'Bắt buộc: tả ảnh cho người không xem được ảnh.' },
    credit: { label: 'Tác giả ảnh', hint: 'Ví dụ Gia Huy' },
  },
  unitFields: {
    id: { label: 'Mã', hint: 'Chữ thường không dấu, nối bằng gạch ngang, ví dụ chi-bo-vu-tong-hop. Là đường dẫn trang đơn vị; đừng đổi sau khi đã có bài.' },
    name: { label: 'Tên đầy đủ', hint: '' },
    shortName: { label: 'Tên ngắn', hint: 'Dùng trên thanh điều hướng.' },
    parent: { label: 'Đơn vị cấp trên', hint: 'Trang của đơn vị cấp trên gồm cả tin của đơn vị này.' },
    description: { label: 'Giới thiệu', hint: '' },
    aliases: { label: 'Tên gọi khác', hint: 'Cách nhau bằng dấu phẩy; lệnh nhập bài cũ dùng để nhận ra đơn vị.' },
  },
  authorFields: {
    id: { label: 'Mã', hint: 'Tên không dấu, nối bằng gạch ngang, ví dụ nhat-thy. Là đường dẫn trang tác giả; đừng đổi sau khi đã có bài.' },
    name: { label: 'Tên', hint: 'Tên như in trên bài.' },
    role: { label: 'Chức danh', hint: 'Ví dụ Phóng viên' },
  },
  photo: {
    label: 'Ảnh có chú thích',
    image: 'Tệp ảnh',
    alt: 'Mô tả ảnh (bắt buộc)',
    caption: 'Chú thích',
    credit: 'Tác giả ảnh',
  },
  idPattern: 'Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ nhat-thy).',
  urlPattern: 'Địa chỉ phải bắt đầu bằng http:// hoặc https://',
  photoWithoutAlt: 'Ảnh nào trong bài cũng cần mô tả (phần trong [ ] của ảnh): hãy mở ảnh và điền "Mô tả ảnh".',
  /** Messages of the admin script's own checks and widgets. */
  checks: {
    reservedPage: (slug: string) => `Tiêu đề cho địa chỉ /${slug}/, trùng với một mục của trang web; hãy đặt tiêu đề khác.`,
    documentWithoutNumber: 'Chưa lưu được: cần số ký hiệu để đặt tên tệp (35-CT/TW → 35-ct-tw.md), và không được trùng một mục của trang /van-ban/.',
    now: 'Bây giờ',
    today: 'Hôm nay',
  },
  summary: {
    unit: '{{name}} ({{id}})',
    author: '{{name}} ({{id}})',
  },
} as const;
