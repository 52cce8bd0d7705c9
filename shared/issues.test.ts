import { clip } from './messages';

test.each([
  ['Đầu tư triển khai ứng dụng trí tuệ nhân tạo hẹp phục vụ các nhiệm vụ quản lý nhà nước', 40, 'Đầu tư triển khai ứng dụng trí tuệ…'],
  ['ngắn', 40, 'ngắn'],
  ['Mộttừrấtdàikhôngcókhoảngtrắngnàocả', 10, 'Mộttừrấtd…'],
])('clip(%s, %d)', (text, max, expected) => {
  expect(clip(text, max)).toBe(expected);
  expect(clip(text, max).length).toBeLessThanOrEqual(max);
});
