/**
 * Roster import: reading a district's OneRoster 1.1 CSV export into a validated
 * {@link org.chalkpress.people.roster.RosterSnapshot}. {@link org.chalkpress.people.roster.OneRosterReader}
 * is the entry point; it does no database work.
 *
 * <p>Decisions worth knowing:
 * <ul>
 *   <li>Exports are read as bulk: every reference (enrollment to class and user, class to school, user to
 *       org, agentSourcedIds to user, org to parent; class to course and term when courses.csv and
 *       academicSessions.csv are included) must resolve inside the same upload.</li>
 *   <li>Rows with {@code status=tobedeleted} are left out of the snapshot's lists and listed in
 *       {@link org.chalkpress.people.roster.RosterSnapshot#deletions()}; a blank status means active.</li>
 *   <li>Only the columns Chalkpress needs are required ({@link org.chalkpress.people.roster.OneRosterFile});
 *       column names and enumerated values (roles, types) match without regard to case.</li>
 *   <li>dateLastModified is checked but not kept, so unchanged data re-exported later compares equal.</li>
 * </ul>
 */
package org.chalkpress.people.roster;
