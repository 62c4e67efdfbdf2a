package org.twinninglive.progression;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.twinninglive.people.ProfileCompleteness;

/**
 * Backs progression/about.xhtml: the rules as they are now, area by area, and what a complete
 * profile is, both read from where they are decided, so the page never lies.
 */
@Named
@RequestScoped
public class AboutProgressionView {

    @Inject
    ProgressionService progression;

    private List<AreaRules> areas;

    public record AreaRules(String area, List<RuleView> rules, int maxPoints) {
    }

    /** The parts of a complete profile (the "complete your profile" action), from the one definition. */
    public List<ProfileCompleteness.Field> getCompleteProfile() {
        return List.of(ProfileCompleteness.Field.values());
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
