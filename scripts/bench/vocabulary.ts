/**
 * Words and phrases of Vietnamese administrative news, to write synthetic articles with: organisations, topics,
 * events, roles, people and places. Multi-syllable words share syllables with one another ("Đảng ủy", "Đảng viên",
 * "Ủy ban", "cấp ủy"), as real text does, so an article often holds a query's syllables apart without holding the
 * phrase: the case search ranking has to get right.
 */

/** Bodies that hold meetings and issue plans. */
export const ORGANISATIONS = [
  'Ban Thường vụ Tỉnh ủy', 'Thường trực Tỉnh ủy', 'Ban Thường vụ Đảng ủy', 'Đảng ủy Khối các cơ quan tỉnh',
  'Đảng ủy Khối doanh nghiệp tỉnh', 'Ủy ban nhân dân tỉnh', 'Hội đồng nhân dân tỉnh', 'Ủy ban Kiểm tra Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy',
  'Ban Tổ chức Tỉnh ủy', 'Ban Chấp hành Đảng bộ tỉnh', 'Ban Dân vận Tỉnh ủy', 'Ban Nội chính Tỉnh ủy', 'Văn phòng Tỉnh ủy', 'Văn phòng Chính phủ', 'Đảng ủy Văn phòng Chính phủ',
  'Sở Nội vụ', 'Sở Tài chính', 'Sở Kế hoạch và Đầu tư', 'Sở Thông tin và Truyền thông', 'Sở Giáo dục và Đào tạo', 'Sở Y tế',
  'Sở Tài nguyên và Môi trường', 'Sở Lao động - Thương binh và Xã hội', 'Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh',
  'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh', 'Tỉnh đoàn', 'Liên đoàn Lao động tỉnh', 'Hội Nông dân tỉnh',
  'Hội Cựu chiến binh tỉnh', 'Huyện ủy Long Thành', 'Huyện ủy Nhơn Trạch', 'Thành ủy Biên Hòa', 'Thành ủy Long Khánh', 'Huyện ủy Xuân Lộc',
  'Huyện ủy Trảng Bom', 'Đảng ủy xã Phước Thiền', 'Đảng ủy phường Tân Phong', 'Chi bộ Vụ Tổng hợp', 'Chi bộ Vụ Pháp luật',
  'Chi bộ Vụ Khoa giáo - Văn xã', 'Cục Quản trị - Tài vụ', 'Trung tâm Phục vụ hành chính công tỉnh', 'Báo Đồng Nai',
  'Đài Phát thanh - Truyền hình tỉnh', 'Trường Chính trị tỉnh', 'Ủy ban nhân dân huyện Định Quán', 'Ban Quản lý các khu công nghiệp',
] as const;

/** What articles are about. Earlier entries are drawn more often, as some subjects recur all year. */
export const TOPICS = [
  'công tác xây dựng Đảng', 'chuyển đổi số', 'cải cách hành chính', 'công tác kiểm tra, giám sát', 'công tác cán bộ',
  'phòng, chống tham nhũng, tiêu cực', 'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'phát triển kinh tế - xã hội',
  'công tác tham mưu, phục vụ cấp ủy', 'công tác dân vận', 'công tác tuyên giáo', 'dịch vụ công trực tuyến', 'xây dựng nông thôn mới',
  'giảm nghèo bền vững', 'phát triển đảng viên', 'sinh hoạt chi bộ', 'thực hành tiết kiệm, chống lãng phí', 'giải ngân vốn đầu tư công',
  'công tác văn thư, lưu trữ', 'ứng dụng công nghệ thông tin', 'chính quyền điện tử', 'an sinh xã hội', 'bảo vệ môi trường',
  'thu hút đầu tư', 'cải thiện môi trường kinh doanh', 'phòng, chống dịch COVID-19', 'bảo đảm quốc phòng, an ninh', 'an toàn giao thông',
  'phòng cháy, chữa cháy', 'tiếp công dân', 'giải quyết khiếu nại, tố cáo', 'quy chế dân chủ ở cơ sở', 'xây dựng văn hóa công sở',
  'đào tạo, bồi dưỡng cán bộ', 'quy hoạch cán bộ', 'thi đua, khen thưởng', 'công tác bảo vệ chính trị nội bộ', 'công tác đối ngoại',
  'đấu tranh phản bác các quan điểm sai trái, thù địch', 'nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức đảng',
  'chăm sóc sức khỏe nhân dân', 'đổi mới giáo dục và đào tạo', 'phát triển du lịch', 'quản lý đất đai', 'cải cách tư pháp',
  'đền ơn đáp nghĩa', 'khoa học và công nghệ', 'hợp tác quốc tế', 'bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp',
  'đại hội đảng bộ các cấp', 'kinh tế tập thể', 'chương trình mục tiêu quốc gia', 'công tác thông tin đối ngoại', 'phổ biến, giáo dục pháp luật',
] as const;

/** Meetings and occasions. */
export const EVENTS = [
  'hội nghị', 'hội nghị trực tuyến', 'hội nghị sơ kết', 'hội nghị tổng kết', 'hội thảo khoa học', 'buổi làm việc', 'lớp bồi dưỡng',
  'hội nghị quán triệt nghị quyết', 'buổi tọa đàm', 'lễ ký kết quy chế phối hợp', 'kỳ họp thứ', 'phiên họp thường kỳ', 'cuộc thi tìm hiểu',
  'lễ trao tặng Huy hiệu Đảng', 'lễ kỷ niệm', 'đại hội', 'đợt kiểm tra', 'hội nghị giao ban', 'lớp tập huấn', 'diễn đàn',
] as const;

/** What organisations do with a topic. */
export const VERBS = [
  'triển khai', 'quán triệt', 'thực hiện', 'đánh giá', 'kiểm tra', 'chỉ đạo', 'sơ kết', 'tổng kết', 'phát động', 'đẩy mạnh',
  'nâng cao hiệu quả', 'tăng cường', 'kiện toàn', 'rà soát', 'hướng dẫn', 'đôn đốc', 'phối hợp thực hiện', 'đổi mới', 'tập trung',
] as const;

export const ROLES = [
  'Bí thư Tỉnh ủy', 'Phó Bí thư Thường trực Tỉnh ủy', 'Chủ tịch Ủy ban nhân dân tỉnh', 'Phó Chủ tịch Ủy ban nhân dân tỉnh',
  'Chánh Văn phòng Tỉnh ủy', 'Trưởng ban Tổ chức Tỉnh ủy', 'Bí thư Đảng ủy', 'Phó Chủ nhiệm Văn phòng Chính phủ', 'Giám đốc Sở Nội vụ',
  'Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ tịch Hội đồng nhân dân tỉnh', 'Trưởng ban Tuyên giáo Tỉnh ủy', 'Bí thư Chi bộ', 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy',
  'Trưởng ban Dân vận Tỉnh ủy', 'Bí thư Huyện ủy', 'Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Phó Giám đốc Sở Thông tin và Truyền thông',
] as const;

export const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trương', 'Đoàn', 'Lương'] as const;
export const MIDDLE_NAMES = ['Văn', 'Thị', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thanh', 'Ngọc', 'Xuân', 'Thế', 'Hồng', 'Công', 'Quốc', 'Bá', 'Đình', 'Thu', 'Kim', 'Mạnh'] as const;
export const GIVEN_NAMES = [
  'Hùng', 'Dũng', 'Hà', 'Lan', 'Tuấn', 'Nam', 'Hải', 'Đạt', 'Phong', 'Trang', 'Hương', 'Thắng', 'Cường', 'Tú', 'Tâm', 'Bình', 'Sơn', 'Long',
  'Hiếu', 'Đông', 'Nhung', 'Phúc', 'Vinh', 'Thành', 'Khoa', 'Thủy', 'Linh', 'Hòa', 'Quý', 'Đức', 'Huệ', 'Toàn', 'Lực', 'Trí', 'Yến', 'Châu',
] as const;

/** Communes, wards and districts of a province, and other provinces. */
export const PLACES = [
  'huyện Long Thành', 'huyện Nhơn Trạch', 'thành phố Biên Hòa', 'huyện Trảng Bom', 'huyện Định Quán', 'huyện Tân Phú', 'thành phố Long Khánh',
  'huyện Xuân Lộc', 'huyện Cẩm Mỹ', 'huyện Vĩnh Cửu', 'huyện Thống Nhất', 'xã Phước Thiền', 'phường Tân Phong', 'xã Bàu Hàm', 'xã Gia Canh',
  'phường Trảng Dài', 'xã Long Phước', 'thị trấn Tân Phú', 'xã Phú Hữu', 'xã Xuân Bắc', 'tỉnh Bình Dương', 'Thành phố Hồ Chí Minh', 'Hà Nội',
  'tỉnh Lâm Đồng', 'tỉnh Bà Rịa - Vũng Tàu', 'tỉnh Tây Ninh', 'tỉnh Bình Phước', 'thành phố Cần Thơ', 'tỉnh Khánh Hòa', 'tỉnh Nghệ An',
] as const;

export const ADJECTIVES = [
  'thực chất, hiệu quả', 'đồng bộ, quyết liệt', 'kịp thời, đúng quy định', 'công khai, minh bạch', 'khoa học, chặt chẽ', 'thiết thực',
  'nghiêm túc, đầy đủ', 'sâu rộng', 'bài bản', 'chất lượng cao',
] as const;

/** Where an event took place or reached. */
export const SCOPES = ['các huyện, thành phố', 'các xã, phường, thị trấn', 'các sở, ban, ngành', 'các chi bộ trực thuộc', 'các đảng bộ cơ sở', 'các cơ quan, đơn vị'] as const;

export const ROMAN = ['I', 'II', 'III', 'IV'] as const;
