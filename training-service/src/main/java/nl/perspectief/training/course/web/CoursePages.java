package nl.perspectief.training.course.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.course.api.CourseView;
import nl.perspectief.training.course.api.TrainingRuleException;
import nl.perspectief.training.course.web.CourseRequests.PlanCourseRequest;
import nl.perspectief.training.course.web.CourseRequests.ReviseCourseRequest;
import nl.perspectief.training.course.web.TrainerPageRefusal.Kind;

/**
 * The trainers' pages of the catalogue: every course with a form to plan one, and a course's page with a form to
 * revise it. They act through {@link Courses}, as the API does; a form is read as the API reads its body
 * ({@link PageForm}). A step taken is Post/Redirect/Get (303) with a flash message; a refused one renders the page
 * again with what was typed and why: bad input (400) or a rule of the course (422).
 */
@Controller
@TrainerPage
class CoursePages {

    static final String LIST = "/trainer/courses";
    static final String PAGE = "/trainer/courses/{courseId}";

    private final Courses courses;
    private final PageForm forms;

    CoursePages(Courses courses, PageForm forms) {
        this.courses = courses;
        this.forms = forms;
    }

    @GetMapping(LIST)
    String list(Model model) {
        ActingStaff.trainer();
        return showList(model);
    }

    @GetMapping(PAGE)
    String course(@PathVariable UUID courseId, Model model) {
        ActingStaff.trainer();
        return showCourse(courses.find(courseId), model);
    }

    @PostMapping(LIST)
    ModelAndView plan(HttpServletRequest request, Model model, RedirectAttributes flash) {
        Map<String, String[]> fields = request.getParameterMap();
        try {
            CourseView planned = courses.plan(ActingStaff.trainer(), forms.read(fields, PlanCourseRequest.class));
            return done("plan-course", planned.courseId(), flash);
        } catch (InvalidFormException invalid) {
            model.addAttribute("refusal", TrainerPageRefusal.of("plan-course", Kind.INVALID, invalid.errors(), null, fields));
            return new ModelAndView(showList(model), HttpStatus.BAD_REQUEST);
        } catch (TrainingRuleException refused) {
            model.addAttribute("refusal", TrainerPageRefusal.of("plan-course", Kind.RULE, List.of(), refused.rule(), fields));
            return new ModelAndView(showList(model), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @PostMapping(PAGE + "/revise")
    ModelAndView revise(@PathVariable UUID courseId, HttpServletRequest request, Model model, RedirectAttributes flash) {
        Map<String, String[]> fields = request.getParameterMap();
        CourseView course = courses.find(courseId);
        try {
            courses.revise(ActingStaff.trainer(), courseId, forms.read(fields, ReviseCourseRequest.class));
            return done("revise", courseId, flash);
        } catch (InvalidFormException invalid) {
            model.addAttribute("refusal", TrainerPageRefusal.of("revise", Kind.INVALID, invalid.errors(), null, fields));
            return new ModelAndView(showCourse(course, model), HttpStatus.BAD_REQUEST);
        } catch (TrainingRuleException refused) {
            model.addAttribute("refusal", TrainerPageRefusal.of("revise", Kind.RULE, List.of(), refused.rule(), fields));
            return new ModelAndView(showCourse(course, model), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    private String showList(Model model) {
        model.addAttribute("courses", courses.list(null));
        model.addAttribute("audiences", Audience.values());
        return "trainer/courses";
    }

    private String showCourse(CourseView course, Model model) {
        model.addAttribute("course", course);
        return "trainer/course";
    }

    private static ModelAndView done(String step, UUID courseId, RedirectAttributes flash) {
        flash.addFlashAttribute("done", step);
        RedirectView page = new RedirectView(PAGE.replace("{courseId}", courseId.toString()), true);
        page.setStatusCode(HttpStatus.SEE_OTHER);
        page.setExposeModelAttributes(false);
        return new ModelAndView(page);
    }
}
