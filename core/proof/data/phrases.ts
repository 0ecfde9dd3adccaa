/**
 * Two-syllable words of administrative writing, written for this project, separated by commas. With the right-hand
 * sides of the confusion list they are the pairs the proofreader knows: a pair that differs from
 * one of them only by a tone or a confusable consonant ("đạo đực" for "đạo đức") is flagged when
 * neither neighbour makes a known pair of it.
 */
export const PHRASES = `
an ninh, an toàn, ban hành, ban ngành, bảo đảm, bảo hiểm, bảo vệ, bảo tồn, bình đẳng, biểu dương, biên bản, biện pháp
bồi dưỡng, bổ sung, cải cách, cán bộ, cấp ủy, cấp uỷ, chỉ đạo, chỉ tiêu, chính sách, chính quyền, chính trị, chủ động
chủ trương, chủ tịch, chuyên môn, chuyển đổi, công tác, công chức, công dân, công an, công khai, công nghệ, công trình
cơ quan, cơ sở, cơ chế, cộng đồng, cử tri, dân chủ, dân cư, dân số, dân tộc, dân vận, dịch vụ, dịch bệnh, doanh nghiệp
dự án, dự toán, đại biểu, đại hội, đảng viên, đảng bộ, đạo đức, đánh giá, đầu tư, đấu tranh, địa bàn, địa phương
điều hành, điều kiện, điều chỉnh, đoàn kết, đoàn thể, đô thị, đối tượng, đơn vị, đồng chí, đồng bộ, đồng thời
đổi mới, đột xuất, gia đình, giải quyết, giải pháp, giải ngân, giám sát, giáo dục, giao thông, giảm nghèo
hành chính, hạ tầng, hệ thống, hiệu quả, hoạt động, học sinh, hội nghị, hội viên, hỗ trợ, hợp tác, hướng dẫn
kế hoạch, kết quả, kết luận, kiểm tra, kiểm soát, kinh tế, kinh phí, kỷ luật, kỷ cương, khen thưởng, khiếu nại
khó khăn, lãnh đạo, lao động, lĩnh vực, lực lượng, mặt trận, môi trường, năng lực, ngân sách, nghị quyết
nghị định, nghĩa vụ, nhân dân, nhà nước, nhiệm vụ, nhiệm kỳ, nội dung, nông thôn, nông nghiệp, phản biện
phát triển, phát động, phát huy, phát hiện, phong trào, phòng chống, phối hợp, phục vụ, quản lý, quản lí, quốc phòng
quy định, quy hoạch, quyết định, quyền lợi, sản xuất, sinh hoạt, sức khỏe, sức khoẻ, tài chính, tài sản, tập trung
tăng cường, tham mưu, tham gia, thành viên, thanh tra, thẩm quyền, thi đua, thông tin, thủ tục, thực hiện
thường xuyên, thường trực, tiếp công, tiếp dân, tiến độ, tình hình, tổ chức, tố cáo, tổng kết, trách nhiệm
trật tự, triển khai, trụ sở, tuyên truyền, tuyên dương, văn bản, văn hóa, văn hoá, vận động, vi phạm, việc làm
xã hội, xây dựng, xử lý, xử lí, y tế, ý kiến, ý thức, ủy ban, uỷ ban, ủy viên, uỷ viên, bí thư, thường vụ, chấp hành
an sinh, người dân, hộ nghèo, cận nghèo, gia cảnh, đền ơn đáp nghĩa, thương binh, liệt sĩ, liệt sỹ
người có công, bảo trợ, trẻ em, phụ nữ, thanh niên, cựu chiến binh, nông dân, khuyến học, khuyến nông
đô thị, lấn chiếm, vỉa hè, cảnh quan, vệ sinh, rác thải, nước thải, cây xanh, chiếu sáng
đất đai, giấy phép, cấp phép, thuế phí, thu chi, quyết toán, đầu tư công
ngân sách, tăng trưởng, thương mại, du lịch, tiểu thủ công nghiệp, công nghiệp
chuyển đổi số, trực tuyến, một cửa, liên thông, hồ sơ, đúng hạn, trễ hạn
tiếp nhận, trả kết quả, chứng thực, hộ tịch, khai sinh, khai tử, kết hôn, cư trú
tuyển quân, quân sự, dân quân tự vệ, diễn tập, phòng thủ, khu vực
tội phạm, ma túy, ma tuý, tệ nạn, tai nạn, cháy nổ, phòng cháy, chữa cháy, cứu nạn, cứu hộ
đời sống, vật chất, tinh thần, văn nghệ, thể thao, lễ hội, di tích, văn minh
giáo viên, trường học, năm học, tốt nghiệp, phổ cập, tiêm chủng, khám bệnh, trạm y tế, dịch tễ
thành tích, tồn tại, hạn chế, nguyên nhân, bài học, kinh nghiệm, phương hướng, mục tiêu
trọng tâm, trọng điểm, chủ yếu, kiến nghị, đề xuất, đề nghị, kính gửi, nơi nhận
tổ dân phố, khu phố, bầu cử, ứng cử, tiếp xúc, cử tri, chất vấn
hành chính, đơn thư, hòa giải, hoà giải
trang thiết bị, nguồn vốn, vốn vay, tín dụng
đoàn viên, hội viên, kết nạp, chi bộ, đảng ủy, đảng uỷ
học tập, làm theo, tư tưởng, phong cách, tấm gương, chuyên đề, phê bình, tự phê bình
kiểm điểm, xếp loại, hoàn thành, xuất sắc, phân loại
quy chế, nêu gương, người đứng đầu, bộ phận, định kỳ, dân cử
thế mạnh, có thể, kiến thức, sự kiện, sự việc, sự nghiệp, công việc, dân sự, hình sự
`
