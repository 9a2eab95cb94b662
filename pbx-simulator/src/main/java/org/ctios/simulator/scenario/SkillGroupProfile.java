package org.ctios.simulator.scenario;

/**
 * A skill group of the scenario.
 *
 * @param number       the SkillGroupNumber agents and calls refer to
 * @param id           the SkillGroupID (Unified CCE's skill target id)
 * @param dialedNumber the number that reaches this group's queue, for consult and transfer to a group
 */
public record SkillGroupProfile(int number, long id, String name, String dialedNumber) {
}
