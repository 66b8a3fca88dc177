package nl.perspectief.cases.access.web;

import java.util.stream.Collectors;

import org.springframework.security.core.context.SecurityContextHolder;

import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.security.SignedInStaff;

/** The signed-in caller as the access log names them, even when they may not act (no role, several roles). */
public final class Actors {

    private Actors() {
    }

    public static CaseAccessLog.Actor of(StaffMember member) {
        return new CaseAccessLog.Actor(member.staffId(), member.role().name());
    }

    /** @return {@code null} for a request without a signed-in member of staff */
    public static CaseAccessLog.Actor current() {
        return SignedInStaff.of(SecurityContextHolder.getContext().getAuthentication())
                .map(staff -> new CaseAccessLog.Actor(staff.subject(), staff.roles().isEmpty() ? "NONE"
                        : staff.roles().stream().map(Enum::name).sorted().collect(Collectors.joining("+"))))
                .orElse(null);
    }
}
