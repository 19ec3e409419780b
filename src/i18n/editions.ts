/** What readers see of the printed editions (số bản tin), on the site and in the PDF. */
export const editionUi = {
  editions: 'Các số bản tin',
  /** the main navigation's link to /so/ */
  nav: 'Các số',
  editionsIntro: 'Bản tin in, mỗi số một tệp PDF để đọc hoặc in; bài trong từng số dẫn tới bài trên trang.',
  noEditions: 'Chưa có số bản tin nào.',
  /** `Số 12 – Tháng 6/2024` (the period, when the edition gives one) */
  title: (n: number, period: string | undefined) => (period ? `Số ${n} – ${period}` : `Số ${n}`),
  /** `Bản tin Công tác Văn phòng, số 12 – Tháng 6/2024` */
  fullTitle: (name: string, n: number, period: string | undefined) => `${name}, số ${n}${period ? ` – ${period}` : ''}`,
  published: 'Phát hành ngày',
  contents: 'Mục lục',
  inThisEdition: 'Trong số này',
  editorial: 'Lời tòa soạn',
  /** `Tải bản PDF` */
  downloadPdf: 'Tải bản PDF',
  /** `PDF, 16 trang, 2,4 MB` */
  pdfFacts: (pages: number, size: string) => `PDF, ${pages} trang, ${size}`,
  /** shown under `npm run dev`, where no PDF is made */
  pdfInDev: 'PDF, được tạo khi dựng trang (npm run build)',
  colophon: 'Thông tin xuất bản',
  /** The masthead's first word, as Luật Báo chí asks */
  bulletin: 'Bản tin',
  /** An article page lists the editions carrying it */
  carriedIn: 'Đăng trong bản tin in',
  readOnline: 'Đọc trên mạng',
  scanToRead: 'Quét mã để đọc số này trên mạng',
  feed: 'Các số bản tin mới',
  feedOf: (name: string) => `Các số mới của ${name}`,
  articleCount: (n: number) => `${n} bài`,
  colophonFields: {
    organisation: 'Cơ quan xuất bản',
    governingBody: 'Cơ quan chủ quản',
    responsible: 'Chịu trách nhiệm xuất bản',
    licence: 'Giấy phép xuất bản',
    licenceText: (number: string, issuer: string, day: string) => `số ${number} do ${issuer} cấp ngày ${day}`,
    validUntil: (day: string) => `, có giá trị đến ngày ${day}`,
    frequency: 'Kỳ hạn xuất bản',
    format: 'Khuôn khổ',
    formatText: (width: string, height: string) => `${width} × ${height} cm`,
    pages: 'Số trang',
    printRun: 'Số lượng',
    printRunText: (n: string) => `${n} bản`,
    printer: 'In tại',
    published: 'Phát hành ngày',
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
    web: 'Trang tin',
  },
} as const;
