/** `phuluc --help`. */
import type { Lang } from '../core/types';

const VI = `phuluc — kiểm tra, tô màu và tổng hợp Phụ lục kế hoạch cải cách hành chính (CCHC)

Cách dùng:
  phuluc check TỆP.xlsx [--sheet TÊN] [--as-of YYYY-MM-DD] [--year YYYY] [--due-soon SỐ-NGÀY] [--json]
      Đọc bảng Phụ lục, báo các phát hiện và tình trạng từng nhiệm vụ.
      Mã thoát: 0 không có lỗi, 1 có lỗi cần sửa, 2 không đọc được.
  phuluc report TỆP.xlsx -o KẾT-QUẢ.xlsx [--period KỲ] [--year YYYY] [--as-of YYYY-MM-DD] [--include-done]
      Ghi một bản sao có tô màu và trang tổng hợp. Không bao giờ ghi vào TỆP gốc.
      KỲ: q1 q2 q3 q4 (quý dương lịch), cchc-q1 cchc-6t cchc-q3 cchc-year (kỳ báo cáo CCHC,
      số liệu từ ngày 15 tháng trước kỳ đến ngày 14 tháng cuối kỳ; đổi ngày chốt bằng --cutoff-day),
      hoặc YYYY-MM-DD..YYYY-MM-DD. Mặc định: quý có ngày --as-of.
  phuluc deadline --year YYYY --jsonl   < mỗi dòng một chuỗi JSON
      Đọc các câu ghi tiến độ, in mỗi dòng {kind, due, milestones, findings}.

Tùy chọn chung:
  --lang en            thông báo bằng tiếng Anh
  --aliases TỆP.json   bí danh đơn vị, ví dụ {"Văn phòng Sở": ["VP Sở", "Văn phòng"]}
  --as-of              ngày tính tình trạng (mặc định: hôm nay)
  --due-soon           số ngày coi là "sắp đến hạn" (mặc định 14)
`;

const EN = `phuluc — check, colour and summarise the appendix (Phụ lục) of an administrative-reform (CCHC) plan

Usage:
  phuluc check FILE.xlsx [--sheet NAME] [--as-of YYYY-MM-DD] [--year YYYY] [--due-soon DAYS] [--json]
      Read the Phụ lục table, report findings and every task's state.
      Exit codes: 0 no errors, 1 errors to fix, 2 could not read.
  phuluc report FILE.xlsx -o OUT.xlsx [--period PERIOD] [--year YYYY] [--as-of YYYY-MM-DD] [--include-done]
      Write a copy with coloured rows and a summary sheet. Never writes to FILE.
      PERIOD: q1 q2 q3 q4 (calendar quarters), cchc-q1 cchc-6t cchc-q3 cchc-year (CCHC reporting
      periods, data from the 15th of the month before to the 14th of the last month; --cutoff-day
      changes the day), or YYYY-MM-DD..YYYY-MM-DD. Default: the quarter of --as-of.
  phuluc deadline --year YYYY --jsonl   < one JSON string per line
      Read deadline texts, print one {kind, due, milestones, findings} per line.

Common options:
  --lang en            messages in English (default Vietnamese)
  --aliases FILE.json  unit aliases, e.g. {"Văn phòng Sở": ["VP Sở", "Văn phòng"]}
  --as-of              the day states are computed for (default: today)
  --due-soon           days counted as "due soon" (default 14)
`;

export function helpText(lang: Lang): string {
  return lang === 'vi' ? VI : EN;
}
