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
    summary: 'Số {{number}} – {{period}} ({{date}})',
  },
  units: { label: 'Đơn vị', file: 'Danh sách đơn vị', item: 'đơn vị' },
  authors: { label: 'Tác giả', file: 'Danh sách tác giả', item: 'tác giả' },
  /** Per frontmatter field (the keys of the article schema): label and hint. */
  articleFields: {
    title: { label: 'Tiêu đề', hint: 'Tên tệp của bài được tạo từ tiêu đề khi lưu lần đầu (chữ không dấu, ví dụ "Đảng ủy" → dang-uy).' },
    date: { label: 'Ngày giờ đăng', hint: 'Theo đồng hồ của máy đang dùng; tệp ghi theo giờ Việt Nam (+07:00). Chọn một thời điểm sau này để hẹn giờ đăng bài.' },
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
  summary: {
    unit: '{{name}} ({{id}})',
    author: '{{name}} ({{id}})',
  },
} as const;
