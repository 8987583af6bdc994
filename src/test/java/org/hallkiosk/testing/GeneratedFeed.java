package org.hallkiosk.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hallkiosk.feed.FeedJson;

/**
 * A large, realistic, deterministic feed for benchmarks and scale tests: items of all four types with
 * Chinese titles, document and index numbers, keywords and bodies, spread over columns, some with
 * attachments of random bytes. The same seed gives the same feed.
 */
public final class GeneratedFeed {

    static final String[] COLUMNS = {"zcwj:政策文件", "zcjd:政策解读", "bszn:办事指南", "tzgg:通知公告",
            "gzdt:工作动态", "ydfx:优待抚恤", "jycy:就业创业", "yxbt:英烈褒扬"};
    static final String[] TOPICS = {"优待证申领发放", "部分优抚对象抚恤和生活补助标准调整", "退役士兵安置",
            "退役军人就业创业扶持", "烈士褒扬纪念", "无名烈士寻亲", "退役军人教育培训", "优抚对象医疗保障",
            "军队离退休干部服务管理", "双拥模范城创建", "退役军人服务站建设", "光荣牌悬挂", "伤残抚恤关系转移",
            "自主就业一次性经济补助", "创业扶持贷款贴息", "随军家属就业安置", "退役军人思想政治工作",
            "英雄山薪火宣传", "政务公开工作要点", "军人军属权益维护"};
    static final String[] DISTRICTS = {"市", "历下区", "市中区", "槐荫区", "天桥区", "历城区", "长清区", "章丘区",
            "济阳区", "莱芜区", "钢城区", "平阴县", "商河县"};
    static final String[] KEYWORDS = {"优待证", "抚恤", "补助", "就业", "创业", "烈士", "寻亲", "安置", "培训",
            "医疗", "褒扬", "双拥", "政务公开", "三同步", "服务大厅"};

    private GeneratedFeed() {
    }

    /**
     * Writes a content folder (feed.json, items/, files/) for {@code publish}.
     *
     * @param attachments how many items get an attachment of {@code attachmentBytes} random bytes
     */
    public static Path writeContent(Path dir, int items, int attachments, int attachmentBytes, long seed)
            throws IOException {
        return writeContent(dir, items, attachments, attachmentBytes, seed, 1);
    }

    /**
     * As above, with bodies {@code bodyScale} times as long (3 gives items of about 4.6 KB, the size the sync
     * benchmark of issue 14 is about); the same seed gives the same items otherwise.
     */
    public static Path writeContent(Path dir, int items, int attachments, int attachmentBytes, long seed,
                                    int bodyScale) throws IOException {
        Random random = new Random(seed);
        Files.createDirectories(dir.resolve("items"));
        Files.createDirectories(dir.resolve("files"));
        ObjectNode feed = FeedJson.MAPPER.createObjectNode();
        feed.put("publisher", "济南市退役军人事务局（生成的测试内容）");
        ArrayNode columns = feed.putArray("columns");
        for (int i = 0; i < COLUMNS.length; i++) {
            String[] parts = COLUMNS[i].split(":");
            columns.addObject().put("id", parts[0]).put("name", parts[1]).putNull("parent").put("order", i + 1);
        }
        Files.write(dir.resolve("feed.json"), FeedJson.MAPPER.writeValueAsBytes(feed));
        List<String> policyIds = new ArrayList<>();
        int attachmentEvery = attachments == 0 ? Integer.MAX_VALUE : Math.max(1, items / attachments);
        int attached = 0;
        for (int n = 0; n < items; n++) {
            String kind = switch (n % 10) {
                case 0, 1, 2 -> "policy";
                case 3, 4 -> policyIds.isEmpty() ? "notice" : "interpretation";
                case 5, 6 -> "guide";
                default -> "notice";
            };
            ObjectNode item = item(n, kind, random, policyIds, bodyScale);
            if (attached < attachments && n % attachmentEvery == 0) {
                byte[] bytes = new byte[attachmentBytes];
                random.nextBytes(bytes);
                String name = "att-" + n + ".pdf";
                Files.write(dir.resolve("files").resolve(name), bytes);
                item.putArray("attachments").addObject().put("file", name).put("name", "附件" + n + ".pdf")
                        .put("role", "original");
                attached++;
            }
            Files.write(dir.resolve("items").resolve(item.get("id").asText() + ".json"),
                    FeedJson.MAPPER.writeValueAsBytes(item));
        }
        return dir;
    }

    static ObjectNode item(int n, String kind, Random random, List<String> policyIds, int bodyScale) {
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        String district = DISTRICTS[random.nextInt(DISTRICTS.length)];
        int year = 2015 + random.nextInt(10);
        LocalDate date = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String id = kind.substring(0, 4) + "-" + year + "-" + String.format("%06d", n);
        ObjectNode o = FeedJson.MAPPER.createObjectNode();
        o.put("id", id);
        o.put("type", kind);
        String title = switch (kind) {
            case "policy" -> district + "退役军人事务局关于做好" + topic + "工作的通知（第" + n + "号示例）";
            case "interpretation" -> "《关于做好" + topic + "工作的通知》政策解读（示例" + n + "）";
            case "guide" -> district + topic + "办事指南（示例" + n + "）";
            default -> district + "关于" + topic + "的公告（示例" + n + "）";
        };
        o.put("title", title);
        ArrayNode cols = o.putArray("columns");
        cols.add(switch (kind) {
            case "policy" -> "zcwj";
            case "interpretation" -> "zcjd";
            case "guide" -> "bszn";
            default -> n % 2 == 0 ? "tzgg" : "gzdt";
        });
        cols.add(COLUMNS[5 + random.nextInt(3)].split(":")[0]);
        o.put("summary", "关于" + topic + "的" + kind + "（生成的示例内容）");
        StringBuilder body = new StringBuilder();
        int paragraphs = (3 + random.nextInt(6)) * bodyScale;
        for (int p = 0; p < paragraphs; p++) {
            body.append("（").append(p + 1).append("）为进一步做好").append(district).append(topic)
                    .append("工作，切实维护退役军人和其他优抚对象合法权益，根据有关法律法规和政策规定，")
                    .append("结合本地实际，现就有关事项通知如下。请各单位认真抓好落实，及时公开相关信息。\n\n");
        }
        o.put("published_at", date + "T09:00:00+08:00");
        o.put("updated_at", date + "T09:00:00+08:00");
        o.put("url", "https://hall-kiosk.example.com/generated/" + id + ".html");
        ArrayNode keywords = o.putArray("keywords");
        keywords.add(KEYWORDS[random.nextInt(KEYWORDS.length)]);
        keywords.add(KEYWORDS[random.nextInt(KEYWORDS.length)]);
        switch (kind) {
            case "policy" -> {
                o.put("body", body.toString());
                o.put("index_no", "11370100MB28508779/" + year + "-" + String.format("%05d", n % 100000));
                o.put("doc_no", "济退役军人发〔" + year + "〕" + (1 + n % 300) + "号");
                o.put("issuer", district + "退役军人事务局");
                o.put("written_at", date.toString());
                o.put("validity", List.of("effective", "effective", "effective", "amended", "expired", "repealed")
                        .get(random.nextInt(6)));
                policyIds.add(id);
            }
            case "interpretation" -> {
                o.put("body", body.toString());
                o.put("interprets", policyIds.get(random.nextInt(policyIds.size())));
                o.put("form", "text");
            }
            case "guide" -> guide(o, topic, random);
            default -> o.put("body", body.toString());
        }
        return o;
    }

    private static void guide(ObjectNode o, String topic, Random random) {
        o.put("service_object", "退役军人及其他优抚对象");
        o.putArray("basis").add("《中华人民共和国退役军人保障法》").add("《军人抚恤优待条例》");
        o.put("conditions", "- 具有本市户籍\n- 符合" + topic + "的有关规定");
        ArrayNode materials = o.putArray("materials");
        for (int m = 0; m < 3 + random.nextInt(4); m++) {
            materials.addObject().put("name", List.of("居民身份证", "户口簿", "退役证件", "申请表", "近期免冠照片",
                    "银行卡").get(m)).put("form", m % 2 == 0 ? "原件" : "复印件").put("copies", 1 + m % 2)
                    .put("required", m < 3);
        }
        ArrayNode steps = o.putArray("steps");
        for (String s : List.of("申请", "受理", "审核", "办结")) {
            steps.addObject().put("name", s).put("description", s + "：按规定办理。");
        }
        o.putObject("time_limit").put("statutory_days", 20).put("promised_days", 10);
        o.put("fee", "不收费");
        o.put("location", "济南市退役军人服务大厅（示例地址）");
        o.put("hours", "工作日 9:00-12:00，13:30-17:00");
        o.put("consult_phone", "0531-6661XXXX（示例号码）");
        o.put("complaint_phone", "12345");
    }
}
