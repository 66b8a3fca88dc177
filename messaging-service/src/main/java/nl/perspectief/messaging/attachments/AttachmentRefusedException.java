package nl.perspectief.messaging.attachments;

/**
 * An upload was refused by one of the attachment rules. The message names the rule and its limit, never anything the
 * file says; the file's name is not known here at all.
 */
public class AttachmentRefusedException extends RuntimeException {

    /** The rules an attachment must keep; {@link #publishedName()} is what a problem+json answer names. */
    public enum Rule {
        /** The bytes are not one of the accepted kinds of file. */
        TYPE("AttachmentType"),
        /** The file is larger than its kind may be. */
        SIZE("AttachmentSize"),
        /** The file has no bytes at all. */
        EMPTY("AttachmentEmpty"),
        /** The message would carry more attachments than allowed. */
        COUNT("AttachmentCount");

        private final String publishedName;

        Rule(String publishedName) {
            this.publishedName = publishedName;
        }

        public String publishedName() {
            return publishedName;
        }
    }

    private final Rule rule;

    AttachmentRefusedException(Rule rule, String explanation) {
        super(rule.publishedName() + ": " + explanation);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
