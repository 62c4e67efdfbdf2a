package org.twinninglive.progression;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** Backs progression/about.xhtml: the rules as they are now, area by area, so the page never lies. */
@Named
@RequestScoped
public class AboutProgressionView {

    @Inject
    ProgressionService progression;

    private List<AreaRules> areas;

    public record AreaRules(String area, List<RuleView> rules, int maxPoints) {
    }

    public List<AreaRules> getAreas() {
        if (areas == null) {
            var rules = progression.rules();
            areas = Arrays.stream(Area.values())
                    .map(area -> {
                        var ofArea = rules.stream().filter(rule -> rule.area().equals(area.name())).toList();
                        return new AreaRules(area.name(), ofArea, ofArea.stream().mapToInt(RuleView::maxPoints).sum());
                    })
                    .toList();
        }
        return areas;
    }
}
