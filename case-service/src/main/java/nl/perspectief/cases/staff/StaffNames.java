package nl.perspectief.cases.staff;

import org.springframework.stereotype.Component;

/**
 * How the pages name a member of staff ({@code ${@staff.of(subject)}}): the username she last signed in with, or
 * the provider's opaque subject for one who never signed in to the pages. Names staff only, never a client.
 */
@Component("staff")
public class StaffNames {

    private final StaffDirectory directory;

    StaffNames(StaffDirectory directory) {
        this.directory = directory;
    }

    public String of(String subject) {
        if (subject == null || subject.isBlank()) {
            return null;
        }
        return directory.usernameOf(subject).orElse(subject);
    }
}
