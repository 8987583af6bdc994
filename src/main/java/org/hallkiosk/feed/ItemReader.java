package org.hallkiosk.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hallkiosk.content.Attachment;
import org.hallkiosk.content.AttachmentRole;
import org.hallkiosk.content.Faq;
import org.hallkiosk.content.GuideDetails;
import org.hallkiosk.content.InterpretationDetails;
import org.hallkiosk.content.InterpretationForm;
import org.hallkiosk.content.Item;
import org.hallkiosk.content.ItemType;
import org.hallkiosk.content.Material;
import org.hallkiosk.content.PolicyDetails;
import org.hallkiosk.content.Step;
import org.hallkiosk.content.TimeLimit;
import org.hallkiosk.content.Validity;

/**
 * Reads one item file into the content model, checking every field the format requires. The kiosk (sync)
 * and the publisher ({@code publish}) use this same reader, so a feed the publisher signs is one a kiosk reads.
 */
public final class ItemReader {

    public static final int MAX_SUMMARY_CHARS = 100;
    /** A material's form is shown as written (原件, 电子版, ...): any short text, so a new word stops nothing. */
    public static final int MAX_MATERIAL_FORM_CHARS = 20;

    private ItemReader() {
    }

    /** Reads and checks an item; {@code where} names the file in a refusal. */
    public static Item read(byte[] json, String where) throws FeedException {
        return read(FeedJson.parseObject(json, where), where);
    }

    public static Item read(JsonNode root, String where) throws FeedException {
        List<JsonFields.FieldProblem> problems = new ArrayList<>();
        Item item = parse(root, problems);
        FieldProblems.throwIfAny(where, problems);
        return item;
    }

    /** Every problem of the item at once, for the publisher who wants to fix them all in one go. */
    static List<JsonFields.FieldProblem> problems(JsonNode root) {
        List<JsonFields.FieldProblem> problems = new ArrayList<>();
        parse(root, problems);
        return problems;
    }

    private static Item parse(JsonNode root, List<JsonFields.FieldProblem> problems) {
        JsonFields f = new JsonFields(root, "", problems);
        String id = f.text("id", true);
        if (id != null && !FeedNames.isValidId(id)) {
            f.problem("id", "field.badId");
        }
        String typeCode = f.text("type", true);
        ItemType type = null;
        if (typeCode != null) {
            type = ItemType.fromCode(typeCode).orElse(null);
            if (type == null) {
                f.problem("type", "field.badType");
            }
        }
        String title = f.text("title", true);
        List<String> columns = f.textList("columns", true);
        if (f.has("columns") && columns.isEmpty()) {
            f.problem("columns", "field.empty");
        }
        columns.stream().filter(c -> !FeedNames.isValidId(c)).findFirst()
                .ifPresent(c -> f.problem("columns", "field.badId"));
        String summary = f.text("summary", false);
        if (summary != null && summary.codePointCount(0, summary.length()) > MAX_SUMMARY_CHARS) {
            f.problem("summary", "field.tooLong");
        }
        String body = f.text("body", type != ItemType.GUIDE);
        OffsetDateTime publishedAt = f.dateTime("published_at", true);
        OffsetDateTime updatedAt = f.dateTime("updated_at", true);
        String url = f.text("url", false);
        List<String> keywords = f.textList("keywords", false);
        List<Attachment> attachments = attachments(f);
        List<String> related = f.textList("related", false);
        related.stream().filter(r -> !FeedNames.isValidId(r)).findFirst()
                .ifPresent(r -> f.problem("related", "field.badId"));

        PolicyDetails policy = type == ItemType.POLICY ? policy(f) : null;
        InterpretationDetails interpretation = type == ItemType.INTERPRETATION ? interpretation(f) : null;
        GuideDetails guide = type == ItemType.GUIDE ? guide(f) : null;
        if (!problems.isEmpty()) {
            return null;
        }
        return new Item(id, type, title, columns, summary, body, publishedAt, updatedAt, url, keywords, attachments,
                related, policy, interpretation, guide);
    }

    private static List<Attachment> attachments(JsonFields f) {
        List<Attachment> out = new ArrayList<>();
        for (JsonFields a : f.objects("attachments", false)) {
            String sha = a.text("sha256", true);
            String name = a.text("name", true);
            String roleCode = a.text("role", true);
            AttachmentRole role = roleCode == null ? null : AttachmentRole.fromCode(roleCode).orElse(null);
            if (roleCode != null && role == null) {
                a.problem("role", "field.badRole");
            }
            if (sha != null && !FeedNames.isValidSha256(sha)) {
                a.problem("sha256", "field.badSha256");
            }
            out.add(new Attachment(sha, name, role));
        }
        return out;
    }

    private static PolicyDetails policy(JsonFields f) {
        String indexNo = f.text("index_no", true);
        String docNo = f.text("doc_no", false);
        String issuer = f.text("issuer", true);
        var writtenAt = f.date("written_at", true);
        String classification = f.text("classification", false);
        String topic = f.text("topic", false);
        String validityCode = f.text("validity", true);
        Validity validity = null;
        if (validityCode != null) {
            validity = Validity.fromCode(validityCode).orElse(null);
            if (validity == null) {
                f.problem("validity", "field.badValidity");
            }
        }
        return new PolicyDetails(indexNo, docNo, issuer, writtenAt, classification, topic, validity);
    }

    private static InterpretationDetails interpretation(JsonFields f) {
        String interprets = f.text("interprets", true);
        if (interprets != null && !FeedNames.isValidId(interprets)) {
            f.problem("interprets", "field.badId");
        }
        String formCode = f.text("form", false);
        InterpretationForm form = InterpretationForm.TEXT;
        if (formCode != null) {
            form = InterpretationForm.fromCode(formCode).orElse(null);
            if (form == null) {
                f.problem("form", "field.badForm");
            }
        }
        return new InterpretationDetails(interprets, form);
    }

    private static GuideDetails guide(JsonFields f) {
        String serviceObject = f.text("service_object", true);
        List<String> basis = f.textList("basis", true);
        String conditions = f.text("conditions", true);
        List<Material> materials = new ArrayList<>();
        for (JsonFields m : f.objects("materials", true)) {
            String name = m.text("name", true);
            String form = m.text("form", false);
            if (form != null && form.codePointCount(0, form.length()) > MAX_MATERIAL_FORM_CHARS) {
                m.problem("form", "field.tooLong20");
            }
            Integer copies = m.intValue("copies", false);
            if (copies != null && copies < 0) {
                m.problem("copies", "field.outOfRange");
            }
            Boolean required = m.bool("required", false);
            String blankForm = m.text("blank_form", false);
            String sample = m.text("sample", false);
            if (blankForm != null && !FeedNames.isValidSha256(blankForm)) {
                m.problem("blank_form", "field.badSha256");
            }
            if (sample != null && !FeedNames.isValidSha256(sample)) {
                m.problem("sample", "field.badSha256");
            }
            materials.add(new Material(name, form, copies,
                    required == null || required, m.text("source", false), m.text("note", false), blankForm, sample));
        }
        List<Step> steps = new ArrayList<>();
        for (JsonFields s : f.objects("steps", true)) {
            steps.add(new Step(s.text("name", true), s.text("description", false)));
        }
        JsonFields limit = f.object("time_limit", true);
        TimeLimit timeLimit = null;
        if (limit != null) {
            Integer statutory = limit.intValue("statutory_days", false);
            Integer promised = limit.intValue("promised_days", false);
            timeLimit = new TimeLimit(statutory, promised);
        }
        String fee = f.text("fee", true);
        String location = f.text("location", true);
        String hours = f.text("hours", true);
        String consultPhone = f.text("consult_phone", true);
        String complaintPhone = f.text("complaint_phone", true);
        String onlineUrl = f.text("online_url", false);
        List<Faq> faq = new ArrayList<>();
        for (JsonFields q : f.objects("faq", false)) {
            faq.add(new Faq(q.text("q", true), q.text("a", true)));
        }
        return new GuideDetails(serviceObject, basis, conditions, materials, steps, timeLimit, fee, location, hours,
                consultPhone, complaintPhone, onlineUrl, faq);
    }
}
