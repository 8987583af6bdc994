package org.hallkiosk.content;

import java.util.List;

/** What a 办事指南 adds to the common fields. */
public record GuideDetails(String serviceObject, List<String> basis, String conditions, List<Material> materials,
                           List<Step> steps, TimeLimit timeLimit, String fee, String location, String hours,
                           String consultPhone, String complaintPhone, String onlineUrl, List<Faq> faq) {

    public GuideDetails {
        basis = List.copyOf(basis);
        materials = List.copyOf(materials);
        steps = List.copyOf(steps);
        faq = faq == null ? List.of() : List.copyOf(faq);
    }
}
