package io.kopilka.web.backoffice.notifications;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.kopilka.notifications.EventType;
import io.kopilka.notifications.InvalidTemplateException;
import io.kopilka.notifications.MessageTemplate;
import io.kopilka.notifications.NotificationTemplates;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The message templates (MARKETER and ADMIN): every event in both languages, an editor per template with a preview
 * on a sample customer that htmx refreshes while the marketer types, and saving with errors next to the fields.
 */
@Controller
@RequestMapping("/backoffice/notifications/templates")
class TemplatesController {

    private static final String LIST = "backoffice/notifications/templates";
    private static final String EDIT = "backoffice/notifications/template";

    private final NotificationTemplates templates;

    TemplatesController(NotificationTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("templates", templates.all());
        model.addAttribute("languages", NotificationTemplates.LANGUAGES);
        return LIST;
    }

    @GetMapping("/{event}/{language}")
    String edit(@PathVariable String event, @PathVariable String language, Model model) {
        MessageTemplate template = templates.find(eventOf(event), languageOf(language));
        return editor(template, TemplateFormData.of(template), Map.of(), model);
    }

    @PostMapping("/{event}/{language}")
    String save(@PathVariable String event, @PathVariable String language,
                @ModelAttribute TemplateFormData form, Principal staff, Model model, RedirectAttributes redirect) {
        MessageTemplate typed = form.toTemplate(eventOf(event), languageOf(language));
        try {
            templates.save(typed, staff.getName());
        } catch (InvalidTemplateException invalid) {
            return editor(typed, form, invalid.fields(), model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/backoffice/notifications/templates/" + typed.event().name() + "/" + typed.language();
    }

    /** The preview of the template as typed, without saving: what htmx swaps in while the marketer types. */
    @PostMapping("/{event}/{language}/preview")
    @HxRequest
    String preview(@PathVariable String event, @PathVariable String language, @ModelAttribute TemplateFormData form,
                   Model model) {
        model.addAttribute("preview", templates.preview(form.toTemplate(eventOf(event), languageOf(language))));
        return EDIT + " :: preview";
    }

    private String editor(MessageTemplate template, TemplateFormData form, Map<String, String> errors, Model model) {
        model.addAttribute("template", template);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("placeholders", MessageTemplate.PLACEHOLDERS);
        model.addAttribute("preview", templates.preview(form.toTemplate(template.event(), template.language())));
        return EDIT;
    }

    private static EventType eventOf(String typed) {
        try {
            return EventType.valueOf(typed);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static String languageOf(String typed) {
        return Optional.of(typed).filter(NotificationTemplates.LANGUAGES::contains)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
