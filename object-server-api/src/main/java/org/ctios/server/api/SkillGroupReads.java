package org.ctios.server.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ctios.server.api.view.SkillGroupView;

/** The skill groups and their statistics, read from the live model in memory. */
public interface SkillGroupReads {

    List<SkillGroupView> all();

    Optional<SkillGroupView> byNumber(long number);

    /** @return those of the skill groups that exist */
    List<SkillGroupView> byNumbers(Collection<Long> numbers);
}
