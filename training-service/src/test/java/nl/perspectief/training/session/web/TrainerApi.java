package nl.perspectief.training.session.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.training.StaffTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trainers' API of the running service as the tests call it, with the demo trainer's real token, and the bodies
 * its tests send: a course for professionals ("Praten over schuld", 12 net hours, accredited) and one for perpetrators,
 * a two-day session ten days ahead of the service's clock (enrolment open from an hour ago until the day before), and
 * the people who enrol. Answers are returned as they come, errors too.
 */
public final class TrainerApi {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    public TrainerApi(int port) {
        this.client = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    // tests assert on error answers themselves
                })
                .build();
    }

    public ResponseEntity<String> get(String path) {
        return get(path, DemoUsers.TRAINER);
    }

    public ResponseEntity<String> get(String path, DemoUsers user) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + StaffTokens.of(user))
                .retrieve().toEntity(String.class);
    }

    public ResponseEntity<byte[]> download(String path) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + StaffTokens.of(DemoUsers.TRAINER))
                .accept(MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON)
                .retrieve().toEntity(byte[].class);
    }

    public ResponseEntity<String> post(String path, Object body) {
        return post(path, body, null);
    }

    /** @param ifMatch the version to send as {@code If-Match}, or null for none */
    public ResponseEntity<String> post(String path, Object body, Long ifMatch) {
        var request = client.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + StaffTokens.of(DemoUsers.TRAINER));
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, "\"" + ifMatch + "\"");
        }
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON)
                    .body(body instanceof String text ? text : JSON.writeValueAsString(body));
        }
        return request.retrieve().toEntity(String.class);
    }

    /** A POST without a body, with {@code If-Match} exactly as given (a weak tag, say). */
    public ResponseEntity<String> api(String path, String ifMatch) {
        return client.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + StaffTokens.of(DemoUsers.TRAINER))
                .header(HttpHeaders.IF_MATCH, ifMatch).retrieve().toEntity(String.class);
    }

    public static JsonNode json(ResponseEntity<String> answer) {
        return JSON.readTree(answer.getBody());
    }

    // ---- what happens, by the API

    /** Plans the course; its id. */
    public UUID planCourse(Map<String, Object> course) {
        return UUID.fromString(json(expect(post("/api/courses", course), 201)).get("courseId").asString());
    }

    /** Plans the session; its id. */
    public UUID planSession(Map<String, Object> session) {
        return UUID.fromString(json(expect(post("/api/sessions", session), 201)).get("sessionId").asString());
    }

    /** Enrols someone; the enrolment's id. */
    public UUID enrol(UUID sessionId, Map<String, Object> enrolment) {
        return UUID.fromString(json(expect(post("/api/sessions/" + sessionId + "/enrolments", enrolment), 201))
                .get("enrolmentId").asString());
    }

    public JsonNode session(UUID sessionId) {
        return json(expect(get("/api/sessions/" + sessionId), 200));
    }

    public static ResponseEntity<String> expect(ResponseEntity<String> answer, int status) {
        if (answer.getStatusCode().value() != status) {
            throw new AssertionError("expected " + status + ", got " + answer.getStatusCode().value() + ": "
                    + answer.getBody());
        }
        return answer;
    }

    // ---- bodies

    public static Map<String, Object> professionalCourse(String title) {
        return map("title", title, "audience", "PROFESSIONALS",
                "description", "Praten met plegers over schuld en over slachtoffers.", "netHours", 12.0,
                "accreditation", map("register", "Kwaliteitsregister V&V", "activityId", "KV-2026-0815"),
                "maxExcusedDays", 0);
    }

    public static Map<String, Object> perpetratorCourse(String title) {
        return map("title", title, "audience", "PERPETRATORS", "description", "Verantwoordelijkheid nemen.",
                "netHours", 6.5, "maxExcusedDays", 1);
    }

    /** The first day of a session planned at {@code now}: ten days on, on the organisation's calendar. */
    public static LocalDate firstDay(Instant now) {
        return LocalDate.ofInstant(now, ZONE).plusDays(10);
    }

    public static LocalDate secondDay(Instant now) {
        return firstDay(now).plusDays(1);
    }

    /** Two days from 09:30 to 16:30, ten and eleven days after {@code now}, enrolment open from an hour before now. */
    public static Map<String, Object> twoDaySession(UUID courseId, int capacity, Instant now) {
        LocalDate first = firstDay(now);
        return map("courseId", courseId,
                "days", List.of(day(first), day(first.plusDays(1))),
                "location", map("kind", "OFFICE", "description", "Oudegracht 1, Utrecht"),
                "capacity", capacity,
                "enrolmentOpensAt", now.minusSeconds(3600).toString(),
                "enrolmentClosesAt", first.minusDays(1).atTime(17, 0).atZone(ZONE).toInstant().toString(),
                "offerValidity", "PT48H");
    }

    /** A moment on a day of the session on the organisation's calendar, such as 12:00 on the first day. */
    public static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
    }

    /** A professional who enrols, with an e-mail address and a registration number. */
    public static Map<String, Object> professional(String name) {
        return map("participant", map("name", name, "email", name.toLowerCase().replace(' ', '.') + "@example.org",
                "phone", "+31 30 000 0000", "organisation", "Reclassering Nederland",
                "professionalRegistrationNumber", "V&V-" + Math.abs(name.hashCode() % 100000)));
    }

    /** A perpetrator without an e-mail address, referred by their probation officer. */
    public static Map<String, Object> referred(String name) {
        return map("participant", map("name", name),
                "referredBy", map("name", "Karin Visser", "organisation", "Reclassering Nederland, Utrecht",
                        "email", "k.visser@reclassering.example.org"));
    }

    private static Map<String, Object> day(LocalDate date) {
        return map("date", date.toString(), "start", "09:30", "end", "16:30");
    }

    /** A map keeping its keys' order, values may be null. */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
