package nl.perspectief.messaging.attachments;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code perspectief.messaging.attachments}: how large an attachment of each kind may be, and how many a
 * message may carry. The multipart limits of the web layer must be at least {@code video-max}.
 *
 * @param documentsAndImagesMax the largest PDF or image (a scan of a handwritten letter, a photo)
 * @param audioMax              the largest recorded audio message
 * @param videoMax              the largest recorded video message (a WebM recording counts as video, audio-only or not)
 * @param perMessageMax         how many attachments one version of a message may carry
 */
@ConfigurationProperties("perspectief.messaging.attachments")
public record AttachmentSettings(@DefaultValue("20MB") DataSize documentsAndImagesMax,
                                 @DefaultValue("100MB") DataSize audioMax,
                                 @DefaultValue("200MB") DataSize videoMax,
                                 @DefaultValue("10") int perMessageMax) {

    public AttachmentSettings {
        requirePositive("documents-and-images-max", documentsAndImagesMax);
        requirePositive("audio-max", audioMax);
        requirePositive("video-max", videoMax);
        if (perMessageMax < 1) {
            throw new IllegalArgumentException("perspectief.messaging.attachments.per-message-max must be at least 1");
        }
    }

    private static void requirePositive(String key, DataSize size) {
        if (size == null || size.toBytes() < 1) {
            throw new IllegalArgumentException("perspectief.messaging.attachments." + key + " must be a positive size");
        }
    }
}
