package nl.perspectief.messaging.correspondence.web;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import nl.perspectief.messaging.attachments.AttachmentRefusedException;
import nl.perspectief.messaging.correspondence.api.CorrespondenceRuleException;
import nl.perspectief.messaging.correspondence.api.CorrespondenceView;
import nl.perspectief.messaging.correspondence.api.DeliveryChannel;
import nl.perspectief.messaging.correspondence.api.ExchangeState;
import nl.perspectief.messaging.correspondence.api.MessageKind;
import nl.perspectief.messaging.correspondence.api.StaffMember;
import nl.perspectief.messaging.correspondence.command.NotTheAssignedMediatorException;
import nl.perspectief.messaging.correspondence.web.CorrespondencePageRefusal.Kind;
import nl.perspectief.messaging.correspondence.web.CorrespondenceRequests.ConfirmReceiptRequest;
import nl.perspectief.messaging.correspondence.web.CorrespondenceRequests.DeliverMessageRequest;
import nl.perspectief.messaging.correspondence.web.CorrespondenceRequests.RecordMessageRequest;
import nl.perspectief.messaging.correspondence.web.CorrespondenceRequests.RedactMessageRequest;
import nl.perspectief.messaging.correspondence.web.CorrespondenceRequests.ReturnMessageRequest;
import nl.perspectief.messaging.correspondence.web.CorrespondenceRequests.ReviseMessageRequest;
import nl.perspectief.problems.FieldProblem;
import nl.perspectief.problems.JsonBodyProblems;
import nl.perspectief.security.StaffRole;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mediators' pages of the correspondence, at the API's paths without {@code /api}: the list of their cases'
 * correspondence (compliance: every case's), one case's correspondence with a form for each step its messages allow,
 * and the attachments as downloads. They read through {@link CorrespondenceReading} and act through
 * {@link CorrespondenceSteps}, as the API does, so the same need-to-know applies and every read is logged.
 * <p>
 * A form is read as the API reads its body (the same request record, the same checks) and carries the version of the
 * correspondence it was made from, taken as the API's {@code If-Match}: a page that is stale gets told so instead of
 * overwriting what it did not show. A step taken is Post/Redirect/Get (303) with a flash message; a refused one renders
 * the page again with what was typed and why, by the refusal's type: bad input or a refused attachment (400), a change
 * made meanwhile (409), a rule of the correspondence (422).
 */
@Controller
class CorrespondencePages {

    static final String START = "/";
    static final String LIST = "/correspondence";
    static final String PAGE = "/cases/{caseId}/correspondence";
    static final String MESSAGE = PAGE + "/messages/{messageId}";

    private static final Pattern VERSION = Pattern.compile("0|[1-9][0-9]{0,17}");

    private final CorrespondenceReading reading;
    private final CorrespondenceSteps steps;
    /** The web's mapper, as strict as the API's reading of a body (http-problems). */
    private final JsonMapper json;
    private final Validator validator;

    CorrespondencePages(CorrespondenceReading reading, CorrespondenceSteps steps, JsonMapper json, Validator validator) {
        this.reading = reading;
        this.steps = steps;
        this.json = json;
        this.validator = validator;
    }

    @GetMapping(START)
    String start() {
        return "redirect:" + LIST;
    }

    @GetMapping(LIST)
    String list(Model model) {
        model.addAttribute("correspondences", reading.list(ActingStaff.current()));
        return "correspondences";
    }

    @GetMapping(PAGE)
    String correspondence(@PathVariable UUID caseId, Model model) {
        return show(ActingStaff.current(), caseId, model);
    }

    @GetMapping(PAGE + "/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable UUID caseId, @PathVariable UUID attachmentId) {
        return AttachmentDownloads.of(reading.attachment(ActingStaff.current(), caseId, attachmentId));
    }

    @PostMapping(PAGE + "/messages")
    ModelAndView record(@PathVariable UUID caseId,
                        @RequestParam(name = "attachments", required = false) List<MultipartFile> files,
                        HttpServletRequest request, Model model, RedirectAttributes flash) {
        return take("record", caseId, request, model, flash, (who, version, fields) -> {
            RecordMessageRequest form = read(fields, RecordMessageRequest.class);
            return steps.record(who, caseId, version, form.writerId(), form.kind(), form.content(),
                    CorrespondenceSteps.Upload.of(files));
        });
    }

    @PostMapping(MESSAGE + "/approve")
    ModelAndView approve(@PathVariable UUID caseId, @PathVariable UUID messageId, HttpServletRequest request,
                         Model model, RedirectAttributes flash) {
        return take("approve:" + messageId, caseId, request, model, flash,
                (who, version, fields) -> steps.approve(who, caseId, version, messageId));
    }

    @PostMapping(MESSAGE + "/return")
    ModelAndView returnToWriter(@PathVariable UUID caseId, @PathVariable UUID messageId, HttpServletRequest request,
                                Model model, RedirectAttributes flash) {
        return take("return:" + messageId, caseId, request, model, flash, (who, version, fields) ->
                steps.returnToWriter(who, caseId, version, messageId, read(fields, ReturnMessageRequest.class).reason()));
    }

    @PostMapping(MESSAGE + "/revise")
    ModelAndView revise(@PathVariable UUID caseId, @PathVariable UUID messageId,
                        @RequestParam(name = "attachments", required = false) List<MultipartFile> files,
                        HttpServletRequest request, Model model, RedirectAttributes flash) {
        return take("revise:" + messageId, caseId, request, model, flash, (who, version, fields) ->
                steps.revise(who, caseId, version, messageId, read(fields, ReviseMessageRequest.class).content(),
                        CorrespondenceSteps.Upload.of(files)));
    }

    /** The attachments not ticked are left out of the redacted version; a box not ticked is the writer not agreeing. */
    @PostMapping(MESSAGE + "/redact")
    ModelAndView redact(@PathVariable UUID caseId, @PathVariable UUID messageId, HttpServletRequest request,
                        Model model, RedirectAttributes flash) {
        return take("redact:" + messageId, caseId, request, model, flash, (who, version, fields) -> {
            RedactMessageRequest form = read(fields, RedactMessageRequest.class);
            return steps.redact(who, caseId, version, messageId, form.content(), form.writerAgreed(),
                    form.keepAttachmentIds());
        });
    }

    @PostMapping(MESSAGE + "/deliver")
    ModelAndView deliver(@PathVariable UUID caseId, @PathVariable UUID messageId, HttpServletRequest request,
                         Model model, RedirectAttributes flash) {
        return take("deliver:" + messageId, caseId, request, model, flash, (who, version, fields) -> {
            DeliverMessageRequest form = read(fields, DeliverMessageRequest.class);
            return steps.deliver(who, caseId, version, messageId, form.channel(), form.deliveredAt());
        });
    }

    @PostMapping(MESSAGE + "/confirm-receipt")
    ModelAndView confirmReceipt(@PathVariable UUID caseId, @PathVariable UUID messageId, HttpServletRequest request,
                                Model model, RedirectAttributes flash) {
        return take("confirm-receipt:" + messageId, caseId, request, model, flash, (who, version, fields) ->
                steps.confirmReceipt(who, caseId, version, messageId,
                        read(fields, ConfirmReceiptRequest.class).firstReadAt()));
    }

    @PostMapping(MESSAGE + "/withdraw")
    ModelAndView withdraw(@PathVariable UUID caseId, @PathVariable UUID messageId, HttpServletRequest request,
                          Model model, RedirectAttributes flash) {
        return take("withdraw:" + messageId, caseId, request, model, flash,
                (who, version, fields) -> steps.withdraw(who, caseId, version, messageId));
    }

    /** The page of one case's correspondence; forms only for its mediator, and only while the exchange is open. */
    private String show(StaffMember who, UUID caseId, Model model) {
        CorrespondenceView view = reading.correspondence(who, caseId);
        model.addAttribute("view", view);
        model.addAttribute("acts", who.role() == StaffRole.MEDIATOR && who.staffId().equals(view.mediatorId())
                && view.state() == ExchangeState.OPEN);
        model.addAttribute("kinds", MessageKind.values());
        model.addAttribute("channels", DeliveryChannel.values());
        return "correspondence";
    }

    /** A step as {@link CorrespondenceSteps} takes it, from what the page's form said. */
    @FunctionalInterface
    private interface Step {
        CorrespondenceSteps.Done take(StaffMember who, long version, Map<String, String[]> fields);
    }

    /**
     * Whether the reader may act on the case is asked first, so a colleague learns nothing from how a form would have
     * been refused: the case is not found, whatever was sent.
     */
    private ModelAndView take(String form, UUID caseId, HttpServletRequest request, Model model,
                              RedirectAttributes flash, Step step) {
        StaffMember who = ActingStaff.current();
        reading.toAct(who, caseId);
        Map<String, String[]> fields = request.getParameterMap();
        HttpStatus status;
        CorrespondencePageRefusal refusal;
        try {
            CorrespondenceSteps.Done done = step.take(who, versionOf(fields), fields);
            flash.addFlashAttribute("done", form.replaceFirst(":.*", ""));
            RedirectView back = new RedirectView(PAGE.replace("{caseId}", caseId.toString())
                    + "#message-" + done.messageId(), true);
            back.setStatusCode(HttpStatus.SEE_OTHER);
            back.setExposeModelAttributes(false);
            return new ModelAndView(back);
        } catch (InvalidFormException invalid) {
            status = HttpStatus.BAD_REQUEST;
            refusal = CorrespondencePageRefusal.of(form, Kind.INVALID, invalid.errors, null, fields);
        } catch (AttachmentRefusedException refused) {
            status = HttpStatus.BAD_REQUEST;
            refusal = CorrespondencePageRefusal.of(form, Kind.ATTACHMENT, List.of(), refused.rule().publishedName(),
                    fields);
        } catch (CorrespondenceSteps.AttachmentNotOfTheVersionException notOfTheVersion) {
            status = HttpStatus.BAD_REQUEST;
            refusal = CorrespondencePageRefusal.of(form, Kind.INVALID, List.of(new FieldProblem("keepAttachmentIds",
                    "AttachmentOfTheVersion", "must name attachments of the message's current version only")),
                    null, fields);
        } catch (ConflictingModificationException | ConcurrencyException stale) {
            status = HttpStatus.CONFLICT;
            refusal = CorrespondencePageRefusal.of(form, Kind.CONFLICT, List.of(), null, fields);
        } catch (NotTheAssignedMediatorException reassigned) {
            // reassigned between the check and the step: no longer a correspondence this mediator may know of
            throw new CorrespondenceNotFoundException(caseId);
        } catch (CorrespondenceRuleException refused) {
            status = HttpStatus.UNPROCESSABLE_CONTENT;
            refusal = CorrespondencePageRefusal.of(form, Kind.RULE, List.of(), refused.rule(), fields);
        } catch (CorrespondenceSteps.UnknownMessageException unknown) {
            status = HttpStatus.UNPROCESSABLE_CONTENT;
            refusal = CorrespondencePageRefusal.of(form, Kind.RULE, List.of(), "UnknownMessage", fields);
        }
        model.addAttribute("refusal", refusal);
        return new ModelAndView(show(who, caseId, model), status);
    }

    /** The version of the correspondence the form was made from, as {@code If-Match} carries it for the API. */
    private static long versionOf(Map<String, String[]> fields) {
        String[] values = fields.get("version");
        if (values == null || values.length != 1 || !VERSION.matcher(values[0]).matches()) {
            throw new InvalidFormException(List.of(new FieldProblem("version", "Version",
                    "must be the version of the correspondence the form was made from")));
        }
        return Long.parseLong(values[0]);
    }

    /**
     * The form's fields as the API's request record, read by the same mapper and checked by the same constraints, with
     * a browser's ways: an empty field is a field not given, a box not ticked is {@code false}, no box of a group
     * ticked is an empty list, and a {@code datetime-local} value is a time on the organisation's calendar.
     */
    private <T> T read(Map<String, String[]> fields, Class<T> type) {
        ObjectNode body = json.createObjectNode();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            List<String> values = Arrays.stream(fields.getOrDefault(name, new String[0])).filter(Objects::nonNull)
                    .filter(StringUtils::hasText).toList();
            if (List.class.isAssignableFrom(component.getType())) {
                ArrayNode list = body.putArray(name);
                values.forEach(value -> list.add(value.strip()));
            } else if (component.getType() == Boolean.class) {
                body.put(name, values.contains("true"));
            } else if (!values.isEmpty() && component.getType() == Instant.class) {
                String instant = CorrespondencePageCalendar.instantOf(values.getFirst().strip());
                body.put(name, instant == null ? values.getFirst() : instant);
            } else if (!values.isEmpty()) {
                body.put(name, values.getFirst());
            }
        }
        T form;
        try {
            form = json.treeToValue(body, type);
        } catch (JacksonException unreadable) {
            throw new InvalidFormException(List.of(JsonBodyProblems.of(unreadable)));
        }
        List<FieldProblem> errors = validator.validate(form).stream()
                .map(CorrespondencePages::fieldProblem)
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        return form;
    }

    private static FieldProblem fieldProblem(ConstraintViolation<?> violation) {
        return new FieldProblem(violation.getPropertyPath().toString().replaceAll("\\[\\d*]", ""),
                violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                violation.getMessage());
    }

    /** The fields of a form that are wrong, each with its rule. */
    private static final class InvalidFormException extends RuntimeException {

        private final transient List<FieldProblem> errors;

        InvalidFormException(List<FieldProblem> errors) {
            super("invalid form: " + errors.stream().map(FieldProblem::field).toList());
            this.errors = List.copyOf(errors);
        }
    }
}
