package nl.perspectief.cases.casefile.api;


/** How refusals name a member of staff: by id and role, which identify no party. */
public final class StaffMembers {

    public static String describe(StaffMember member) {
        return member == null ? "an unnamed member of staff" : member.role() + " " + member.staffId();
    }

    private StaffMembers() {
    }
}
