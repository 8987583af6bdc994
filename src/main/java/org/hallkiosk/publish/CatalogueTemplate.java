package org.hallkiosk.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the catalogue template (assets/catalogue-template.xlsx): the 目录 sheet with every column and one
 * example row of each type, the 材料 and 流程 sheets for guides. Run {@code main} to write it again.
 */
public final class CatalogueTemplate {

    private static final List<List<String>> EXAMPLES = List.of(
            List.of("政策文件", "济南市退役军人就业创业扶持若干措施（示例）", "11370100MB28508779/2024-00052",
                    "济退役军人发〔2024〕9号", "济南市退役军人事务局", "2024-04-10", "2024-04-15", "有效", "", "就业、创业",
                    "示例：从岗位推荐、技能培训、创业贷款贴息、场地支持四方面扶持退役军人就业创业。",
                    "一、拓宽就业渠道\n（一）每季度至少举办1场退役军人专场招聘会。", "", "", "规范性文件", "就业创业"),
            List.of("政策解读", "《济南市退役军人就业创业扶持若干措施（示例）》解读", "11370100MB28508779/2024-00053", "",
                    "", "", "2024-04-15", "", "", "就业、创业", "", "一、出台背景\n为落实退役军人就业创业扶持政策……",
                    "", "", "", "", "11370100MB28508779/2024-00052"),
            List.of("办事指南", "退役军人创业扶持贷款贴息申请（示例）", "", "", "", "", "2024-04-18", "", "", "创业、贷款贴息",
                    "", "", "", "", "", "", "", "在本市创业并取得创业担保贷款的退役军人",
                    "《中华人民共和国退役军人保障法》\n《济南市退役军人就业创业扶持若干措施（示例）》",
                    "本市户籍退役军人；已取得创业担保贷款", "济南市退役军人服务大厅", "周一至周五 9:00—12:00，13:30—17:00",
                    "20个工作日", "15个工作日", "不收费", "0531-6661XXXX（示例）", "12345"),
            List.of("通知公告", "关于举办退役军人专场招聘会的通知（示例）", "", "", "", "", "2024-07-01", "", "", "招聘会", "",
                    "定于7月10日在服务大厅举办专场招聘会，欢迎退役军人参加。"));

    private CatalogueTemplate() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "assets/catalogue-template.xlsx"));
    }

    public static void write(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            sheet(wb.createSheet("目录"), Catalogue.COLUMNS, EXAMPLES, bold, wrap);
            sheet(wb.createSheet(Catalogue.MATERIALS_SHEET), Catalogue.MATERIAL_COLUMNS, List.of(
                    List.of("退役军人创业扶持贷款贴息申请（示例）", "居民身份证", "原件及复印件", "1", "是", "公安机关", ""),
                    List.of("退役军人创业扶持贷款贴息申请（示例）", "贷款合同", "复印件", "1", "是", "经办银行", "")),
                    bold, wrap);
            sheet(wb.createSheet(Catalogue.STEPS_SHEET), Catalogue.STEP_COLUMNS, List.of(
                    List.of("退役军人创业扶持贷款贴息申请（示例）", "提交申请", "向服务大厅提交材料。"),
                    List.of("退役军人创业扶持贷款贴息申请（示例）", "审核", "会同经办银行核对贷款和付息情况。")), bold, wrap);
            wb.write(out);
        }
    }

    private static void sheet(Sheet sheet, List<String> header, List<List<String>> rows, CellStyle bold,
                              CellStyle wrap) {
        var h = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            var cell = h.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(c, 18 * 256);
        }
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            var row = sheet.createRow(r + 1);
            for (int c = 0; c < rows.get(r).size(); c++) {
                var cell = row.createCell(c);
                cell.setCellValue(rows.get(r).get(c));
                cell.setCellStyle(wrap);
            }
        }
    }
}
