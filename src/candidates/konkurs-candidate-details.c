/* konkurs-candidate-details.c — the details pane of the Candidates area:
 * the person, the applications with their verdicts and decisions, the
 * personal details, education, work and certificates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rebuilt from the store each time it shows a person, the focus kept on
 * the button that had it.  Its buttons act through the actions of the area
 * around it: candidates.apply, candidates.edit, candidates.history, and
 * candidates.withdraw / candidates.admit / candidates.refuse with the id
 * of the application.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-candidate-details.h"
#include "konkurs-ui-fields.h"
#include "konkurs-catalog.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store-decisions.h"
#include "konkurs-ui-date-time.h"
#include "konkurs-ui-helpers.h"

struct _KonkursCandidateDetails
{
  GtkWidget          parent_instance;

  KonkursStore      *store;
  KonkursCandidate  *candidate;

  GtkScrolledWindow *scroller;
  GtkBox            *box;
};

G_DEFINE_FINAL_TYPE (KonkursCandidateDetails, konkurs_candidate_details, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CANDIDATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
new_label (const char *text,
           const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);
  return label;
}

/* Text to copy with the mouse, but no stop for Tab: the keyboard goes
 * from button to button. */
static void
make_selectable (GtkWidget *label)
{
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_focusable (label, FALSE);
}

static AdwPreferencesGroup *
add_group (KonkursCandidateDetails *self,
           const char              *title,
           const char              *description)
{
  return konkurs_ui_append_group (self->box, title, description);
}

static GtkWidget *
add_row (AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* Names and employers may hold "&" or "<": never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  if (subtitle != NULL && subtitle[0] != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  /* A row that only shows text takes no Tab stop. */
  gtk_widget_set_focusable (row, FALSE);
  adw_preferences_group_add (group, row);
  return row;
}

static const char *
or_dash (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : "—";
}

static void
build_header (KonkursCandidateDetails *self,
              KonkursCandidate        *candidate)
{
  g_autofree char *name = konkurs_candidate_dup_full_name (candidate);
  const GDate *birth = konkurs_candidate_get_iin_birth_date (candidate);
  g_autoptr(GString) facts = g_string_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label, *button;
  GDate today;

  label = new_label (name, "title-2");
  make_selectable (label);
  konkurs_ui_name_widget (label, _("Candidate"));
  gtk_box_append (GTK_BOX (box), label);

  g_string_append_printf (facts, _("IIN %s"), konkurs_candidate_get_iin (candidate));
  if (birth != NULL)
    {
      g_autofree char *born = konkurs_ui_format_date (birth);
      int age;

      konkurs_ui_get_today (&today);
      age = konkurs_iin_age_on (birth, &today);
      g_string_append (facts, " · ");
      g_string_append_printf (facts, _("born %s"), born);
      g_string_append (facts, " · ");
      g_string_append_printf (facts, g_dngettext (GETTEXT_PACKAGE, "aged %d", "aged %d", age), age);
      g_string_append (facts, " · ");
      g_string_append (facts, konkurs_ui_translate_label (konkurs_sex_get_label (konkurs_candidate_get_sex (candidate))));
    }
  label = new_label (facts->str, "dim-label");
  make_selectable (label);
  gtk_box_append (GTK_BOX (box), label);

  gtk_widget_set_margin_top (buttons, 6);
  button = gtk_button_new_with_label (_("Apply…"));
  gtk_widget_set_tooltip_text (button, _("Record an application to a competition"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "candidates.apply");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), button);
  button = gtk_button_new_with_label (_("Edit"));
  gtk_widget_set_tooltip_text (button, _("Edit the candidate’s record"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "candidates.edit");
  /* The Vacancies page has an "Edit" too, and a stack keeps hidden pages
   * in the accessibility tree. */
  konkurs_ui_name_widget (button, _("Edit Candidate"));
  gtk_box_append (GTK_BOX (buttons), button);
  button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (button), g_object_new (ADW_TYPE_BUTTON_CONTENT,
                                                           "icon-name", "document-open-recent-symbolic",
                                                           "label", _("_History"),
                                                           "use-underline", TRUE,
                                                           NULL));
  gtk_widget_set_tooltip_text (button, _("Who registered and changed the candidate and the applications, and when"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "candidates.history");
  gtk_box_append (GTK_BOX (buttons), button);
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_box_append (self->box, box);
}

static char *
describe_target (KonkursCandidateDetails *self,
                 KonkursCandidacy        *candidacy)
{
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(KonkursVacancy) vacancy = NULL;
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  const KonkursSector *sector = NULL;
  const char *title = NULL;
  const char *what;

  competition = konkurs_store_get_competition (self->store, konkurs_candidacy_get_competition_id (candidacy), NULL);
  if (competition != NULL)
    {
      title = konkurs_competition_get_title (competition);
      if (title == NULL || title[0] == '\0')
        title = konkurs_competition_get_state_body (competition);
      rule_set = konkurs_store_get_rule_set (self->store, konkurs_competition_get_rule_set_id (competition), NULL);
    }
  if (konkurs_candidacy_get_vacancy_id (candidacy) != 0)
    vacancy = konkurs_store_get_vacancy (self->store, konkurs_candidacy_get_vacancy_id (candidacy), NULL);
  /* a sector is stored by its code: shown by its name */
  if (rule_set != NULL)
    sector = konkurs_rule_set_find_sector (rule_set, konkurs_candidacy_get_sector (candidacy));
  what = vacancy != NULL ? konkurs_vacancy_get_position_title (vacancy)
         : sector != NULL ? konkurs_local_text_get_display (sector->name) : konkurs_candidacy_get_sector (candidacy);

  /* Translators: the competition — the vacancy or sector applied to */
  return g_strdup_printf (_("%s — %s"), or_dash (title), or_dash (what));
}

static void
add_verdict (KonkursCandidateDetails *self,
             GtkBox                  *card,
             KonkursCandidacy        *candidacy)
{
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *label;

  failures = konkurs_store_check_candidacy (self->store, konkurs_candidacy_get_id (candidacy), NULL, &error);
  if (failures == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The automatic check could not run: %s"), error->message);

      gtk_box_append (card, new_label (text, "error"));
      return;
    }

  label = new_label (failures->len == 0
                     ? _("The automatic check finds the candidate eligible.")
                     : _("The automatic check finds the candidate not eligible:"),
                     failures->len == 0 ? "success" : "warning");
  gtk_widget_add_css_class (label, "heading");
  konkurs_ui_name_widget (label, _("Verdict"));
  gtk_box_append (card, label);

  for (guint i = 0; i < failures->len; i++)
    {
      g_autofree char *reason = konkurs_eligibility_failure_describe (failures->pdata[i], NULL);
      g_autofree char *item = g_strdup_printf ("• %s", reason);

      label = new_label (item, NULL);
      make_selectable (label);
      gtk_widget_set_margin_start (label, 6);
      gtk_box_append (card, label);
    }
}

/* The decision as it was taken (konkurs_store_get_decision()), whatever
 * the candidate's papers say now: what, against the automatic check or
 * not, who and when, and why. */
static void
add_decision (KonkursCandidateDetails *self,
              GtkBox                  *card,
              KonkursCandidacy        *candidacy)
{
  g_autoptr(KonkursDecision) decision = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;
  g_autofree char *who = NULL;
  g_autofree char *reasons = NULL;
  GtkWidget *label;

  if (konkurs_candidacy_get_eligibility (candidacy) == KONKURS_ELIGIBILITY_STATE_PENDING)
    return;
  decision = konkurs_store_get_decision (self->store, konkurs_candidacy_get_id (candidacy), &error);
  if (decision == NULL)
    {
      g_warning ("Could not read the decision on application %" G_GINT64_FORMAT ": %s",
                 konkurs_candidacy_get_id (candidacy), error->message);
      return;
    }

  label = new_label (_(konkurs_decision_get_label (decision)), "heading");
  konkurs_ui_name_widget (label, _("Decision"));
  gtk_box_append (card, label);

  when = konkurs_ui_format_date_time (decision->decided_at);
  /* Translators: who took a decision on admission, and when */
  who = g_strdup_printf (_("Decided by %s, %s"), or_dash (decision->decided_by), when);
  gtk_box_append (card, new_label (who, "dim-label"));

  reasons = konkurs_decision_describe (decision, NULL);
  if (reasons[0] == '\0')
    return;
  label = new_label (reasons, NULL);
  make_selectable (label);
  gtk_box_append (card, label);
}

static GtkWidget *
new_decision_button (const char       *label,
                     const char       *action,
                     KonkursCandidacy *candidacy)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", konkurs_candidacy_get_id (candidacy));
  return button;
}

static void
build_application (KonkursCandidateDetails *self,
                   AdwPreferencesGroup     *group,
                   KonkursCandidacy        *candidacy)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *target = describe_target (self, candidacy);
  g_autofree char *received = konkurs_ui_format_date (konkurs_candidacy_get_received_on (candidacy));
  g_autofree char *received_text = g_strdup_printf (_("Documents received on %s"), received);
  g_autofree char *state = NULL;
  const char *status;
  GtkWidget *label, *button;

  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_margin_bottom (card, 6);

  label = new_label (konkurs_candidacy_get_personal_code (candidacy), "title-4");
  gtk_widget_add_css_class (label, "monospace");
  make_selectable (label);
  gtk_widget_set_hexpand (label, TRUE);
  konkurs_ui_name_widget (label, _("Personal code"));
  gtk_widget_set_tooltip_text (label, _("Evaluators see only this code"));
  gtk_box_append (GTK_BOX (top), label);

  /* The stage says the decision once it is taken ("Admitted"); "eligible"
   * beside it would contradict an admission against the automatic check. */
  status = konkurs_ui_translate_label (konkurs_candidacy_status_get_label (konkurs_candidacy_get_status (candidacy)));
  if (konkurs_candidacy_get_eligibility (candidacy) == KONKURS_ELIGIBILITY_STATE_PENDING)
    /* Translators: the stage of an application and the decision on eligibility, e.g. "Received · Awaiting decision" */
    state = g_strdup_printf (_("%s · %s"), status, _("Awaiting decision"));
  else
    state = g_strdup (status);
  label = new_label (state, "caption-heading");
  gtk_label_set_wrap (GTK_LABEL (label), FALSE);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (top), label);
  gtk_box_append (GTK_BOX (card), top);

  gtk_box_append (GTK_BOX (card), new_label (target, NULL));
  gtk_box_append (GTK_BOX (card), new_label (received_text, "dim-label"));
  add_verdict (self, GTK_BOX (card), candidacy);
  add_decision (self, GTK_BOX (card), candidacy);

  gtk_widget_set_margin_top (buttons, 6);
  button = new_decision_button (_("Withdraw…"), "candidates.withdraw", candidacy);
  gtk_widget_set_tooltip_text (button, _("The candidate withdrew the documents: delete the application"));
  konkurs_ui_name_widget (button, _("Withdraw the Application"));
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (buttons), button);
  /* Only the decision not yet taken is offered. */
  if (konkurs_candidacy_get_eligibility (candidacy) != KONKURS_ELIGIBILITY_STATE_INELIGIBLE)
    gtk_box_append (GTK_BOX (buttons), new_decision_button (_("Refuse"), "candidates.refuse", candidacy));
  if (konkurs_candidacy_get_eligibility (candidacy) != KONKURS_ELIGIBILITY_STATE_ELIGIBLE)
    gtk_box_append (GTK_BOX (buttons), new_decision_button (_("Admit"), "candidates.admit", candidacy));
  gtk_box_append (GTK_BOX (card), buttons);

  for (GtkWidget *child = gtk_widget_get_first_child (card); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      gtk_widget_set_margin_start (child, 12);
      gtk_widget_set_margin_end (child, 12);
    }
  gtk_widget_set_margin_top (gtk_widget_get_first_child (card), 12);
  gtk_widget_set_margin_bottom (buttons, 12);

  adw_preferences_group_add (group, card);
}

/* @candidacies NULL: the store could not list them, and says why in @error. */
static void
build_applications (KonkursCandidateDetails *self,
                    GPtrArray               *candidacies,
                    const GError            *error)
{
  AdwPreferencesGroup *group = add_group (self, C_("heading", "Applications"), NULL);

  if (candidacies == NULL)
    {
      adw_preferences_group_add (group, new_label (error->message, "error"));
      return;
    }
  if (candidacies->len == 0)
    {
      adw_preferences_group_set_description (group, _("None yet. Record one with “Apply…”: it gets a personal code "
                                                      "and the automatic eligibility check."));
      return;
    }
  for (guint i = 0; i < candidacies->len; i++)
    build_application (self, group, candidacies->pdata[i]);
}

static const char *
exclusion_text (KonkursExclusion kind)
{
  switch (kind)
    {
    case KONKURS_EXCLUSION_PRESIDENTIAL_APPOINTEE:
      return _("presidential appointee");
    case KONKURS_EXCLUSION_POLITICAL_SERVANT:
      return _("political civil servant");
    case KONKURS_EXCLUSION_CORPS_A:
      return _("administrative civil servant of corps A");
    default:
      return _("already in the Youth Personnel Reserve");
    }
}

/* Each exclusion with the days it holds, when they are recorded. */
static char *
describe_exclusions (GArray *periods)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < periods->len; i++)
    {
      const KonkursExclusionPeriod *period = &g_array_index (periods, KonkursExclusionPeriod, i);
      g_autofree char *from = konkurs_ui_format_date (&period->from);
      g_autofree char *until = konkurs_ui_format_date (&period->until);
      const char *name = exclusion_text (period->kind);

      if (g_date_valid (&period->from) && g_date_valid (&period->until))
        /* Translators: an exclusion and the first and last days it holds */
        g_ptr_array_add (parts, g_strdup_printf (_("%s (from %s until %s)"), name, from, until));
      else if (g_date_valid (&period->from))
        /* Translators: an exclusion and the day it holds from */
        g_ptr_array_add (parts, g_strdup_printf (_("%s (since %s)"), name, from));
      else if (g_date_valid (&period->until))
        /* Translators: an exclusion and the last day it holds */
        g_ptr_array_add (parts, g_strdup_printf (_("%s (until %s)"), name, until));
      else
        g_ptr_array_add (parts, g_strdup (name));
    }
  if (parts->len == 0)
    return g_strdup (_("None"));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **) parts->pdata);
}

static void
build_personal (KonkursCandidateDetails *self,
                KonkursCandidate        *candidate)
{
  AdwPreferencesGroup *group = add_group (self, _("Personal Details"), NULL);
  KonkursLanguageLevel level = konkurs_candidate_get_language_level (candidate);
  g_autofree char *exclusions = describe_exclusions (konkurs_candidate_get_exclusion_periods (candidate));

  add_row (group, _("Citizenship"), or_dash (konkurs_candidate_get_citizenship (candidate)));
  add_row (group, _("Phone"), or_dash (konkurs_candidate_get_phone (candidate)));
  add_row (group, _("Email"), or_dash (konkurs_candidate_get_email (candidate)));
  add_row (group, _("Address"), or_dash (konkurs_candidate_get_address (candidate)));
  add_row (group, _("Level of the state language"),
           level == KONKURS_LANGUAGE_LEVEL_NONE ? _("Not assessed") : konkurs_language_level_to_code (level));
  add_row (group, _("Posts that exclude from the Youth Reserve"), exclusions);
}

static void
build_education (KonkursCandidateDetails *self,
                 KonkursCandidate        *candidate)
{
  GPtrArray *entries = konkurs_candidate_get_education (candidate);
  AdwPreferencesGroup *group = add_group (self, _("Education"), entries->len == 0 ? _("None recorded.") : NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      KonkursEducationEntry *entry = entries->pdata[i];
      g_autofree char *year = entry->year > 0 ? g_strdup_printf ("%d", entry->year) : NULL;
      g_autofree char *subtitle = g_strjoin (" · ", or_dash (entry->institution), year != NULL ? year : "—", NULL);
      const char *level = konkurs_ui_translate_label (konkurs_education_get_label (entry->level));
      g_autofree char *title = NULL;

      /* Translators: a diploma: the level of education and the field of study */
      title = entry->field[0] != '\0' ? g_strdup_printf (_("%s, %s"), level, entry->field) : g_strdup (level);
      add_row (group, title, subtitle);
    }
}

static void
build_work (KonkursCandidateDetails *self,
            KonkursCandidate        *candidate)
{
  GPtrArray *jobs = konkurs_candidate_get_employments (candidate);
  g_autofree char *total = NULL;
  g_autofree char *description = NULL;
  KonkursExperience experience;
  AdwPreferencesGroup *group;
  GDate today;

  konkurs_ui_get_today (&today);
  konkurs_candidate_compute_experience (candidate, &today, &experience);
  total = konkurs_experience_describe (&experience, NULL);
  description = jobs->len == 0 ? g_strdup (_("None recorded."))
                               : g_strdup_printf (_("Total experience today: %s. Overlapping periods count once."), total);
  group = add_group (self, _("Work History"), description);

  for (guint i = 0; i < jobs->len; i++)
    {
      KonkursEmployment *job = jobs->pdata[i];
      g_autofree char *start = konkurs_ui_format_date (&job->start);
      g_autofree char *end = g_date_valid (&job->end) ? konkurs_ui_format_date (&job->end) : g_strdup (_("now"));
      g_autofree char *subtitle = NULL;

      /* Translators: a job: the position, then the period, e.g. "Chief expert · 01.03.2019 – now" */
      subtitle = g_strdup_printf (_("%s · %s – %s"), or_dash (job->position), start, end);
      add_row (group, job->employer, subtitle);
    }
}

static void
add_certificate (AdwPreferencesGroup               *group,
                 const KonkursCandidateCertificate *entry,
                 int                                validity_months,
                 const GDate                       *today)
{
  KonkursCertificate certificate = { entry->kind, entry->passed_on, TRUE };
  g_autofree char *passed = konkurs_ui_format_date (&entry->passed_on);
  g_autofree char *last_text = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *validity = NULL;
  GtkWidget *row, *label;
  GDate last;
  gboolean valid;

  konkurs_certificate_get_last_valid_day (&certificate, validity_months, &last);
  last_text = konkurs_ui_format_date (&last);
  valid = g_date_valid (&last) && g_date_compare (today, &last) <= 0;
  validity = valid ? g_strdup_printf (_("Valid until %s"), last_text)
                   : g_strdup_printf (_("Expired after %s"), last_text);
  subtitle = entry->result[0] != '\0' ? g_strdup_printf (_("Passed on %s, result %s"), passed, entry->result)
                                      : g_strdup_printf (_("Passed on %s"), passed);
  if (entry->max_score > 0)
    {
      /* Translators: a certificate's numeric result, as "42 of 55" */
      g_autofree char *numbers = g_strdup_printf (_("%d of %d"), entry->score, entry->max_score);
      char *longer = g_strjoin (" · ", subtitle, numbers, NULL);

      g_free (subtitle);
      subtitle = longer;
    }
  if (entry->level != KONKURS_LANGUAGE_LEVEL_NONE)
    {
      /* Translators: the language level a certificate shows, as "level B2" */
      g_autofree char *level = g_strdup_printf (_("level %s"), konkurs_language_level_to_code (entry->level));
      char *longer = g_strjoin (" · ", subtitle, level, NULL);

      g_free (subtitle);
      subtitle = longer;
    }
  row = add_row (group, konkurs_ui_translate_label (konkurs_certificate_kind_get_label (entry->kind)), subtitle);
  label = new_label (validity, valid ? "success" : "error");
  gtk_label_set_wrap (GTK_LABEL (label), FALSE);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
}

static void
build_certificates (KonkursCandidateDetails *self,
                    KonkursCandidate        *candidate,
                    int                      validity_months)
{
  GPtrArray *certificates = konkurs_candidate_get_certificates (candidate);
  AdwPreferencesGroup *group = add_group (self, _("Certificates"),
                                          certificates->len == 0 ? _("None recorded.") : NULL);
  GDate today;

  konkurs_ui_get_today (&today);
  for (guint i = 0; i < certificates->len; i++)
    add_certificate (group, certificates->pdata[i], validity_months, &today);
}

/* Keeping the focus across a rebuild */

typedef struct {
  char     *action;
  GVariant *target;
} FocusedButton;

/* The button of the pane that has the window's focus, by what it does;
 * FALSE when the focus is elsewhere. */
static gboolean
remember_focus (KonkursCandidateDetails *self,
                FocusedButton           *focused)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GVariant *target;

  for (; focus != NULL && !GTK_IS_ACTIONABLE (focus); focus = gtk_widget_get_parent (focus))
    if (focus == GTK_WIDGET (self))
      return FALSE;
  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->box)))
    return FALSE;
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (focus));
  focused->action = g_strdup (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)));
  focused->target = target != NULL ? g_variant_ref (target) : NULL;
  return TRUE;
}

static gboolean
same_target (GtkWidget *widget,
             GVariant  *target)
{
  GVariant *other = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));

  return (other == NULL && target == NULL) || (other != NULL && target != NULL && g_variant_equal (other, target));
}

/* The button that does what @focused did, or failing that (the decision
 * taken, Admit is gone) one about the same application. */
static GtkWidget *
find_button (GtkWidget     *widget,
             FocusedButton *focused,
             gboolean       exact)
{
  if (GTK_IS_ACTIONABLE (widget) && gtk_widget_get_visible (widget) && same_target (widget, focused->target) &&
      (!exact || g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), focused->action) == 0))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, focused, exact);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The dialog a button opened changed the person, and the pane was built
 * again without it: the focus goes back to the same button, for the
 * window to give it when the dialog closes. */
static void
restore_focus (KonkursCandidateDetails *self,
               FocusedButton           *focused)
{
  GtkWidget *button = find_button (GTK_WIDGET (self->box), focused, TRUE);

  if (button == NULL)
    button = find_button (GTK_WIDGET (self->box), focused, FALSE);
  if (button != NULL)
    gtk_widget_grab_focus (button);
  g_clear_pointer (&focused->action, g_free);
  g_clear_pointer (&focused->target, g_variant_unref);
}

static void
clear (KonkursCandidateDetails *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->box))) != NULL)
    gtk_box_remove (self->box, child);
}

static void
build (KonkursCandidateDetails *self,
       KonkursCandidate        *candidate)
{
  g_autoptr(GPtrArray) candidacies = NULL;
  g_autoptr(GError) error = NULL;

  candidacies = konkurs_store_list_candidacies_of_candidate (self->store, konkurs_candidate_get_id (candidate),
                                                             &error);
  build_header (self, candidate);
  build_applications (self, candidacies, error);
  build_personal (self, candidate);
  build_education (self, candidate);
  build_work (self, candidate);
  build_certificates (self, candidate, konkurs_ui_certificate_validity_months (self->store,
                                                                             konkurs_candidate_get_id (candidate)));
}

static void
konkurs_candidate_details_dispose (GObject *object)
{
  KonkursCandidateDetails *self = KONKURS_CANDIDATE_DETAILS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KONKURS_TYPE_CANDIDATE_DETAILS);
  g_clear_object (&self->candidate);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (konkurs_candidate_details_parent_class)->dispose (object);
}

static void
konkurs_candidate_details_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  KonkursCandidateDetails *self = KONKURS_CANDIDATE_DETAILS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CANDIDATE:
      g_value_set_object (value, self->candidate);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_candidate_details_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  KonkursCandidateDetails *self = KONKURS_CANDIDATE_DETAILS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      konkurs_candidate_details_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_candidate_details_class_init (KonkursCandidateDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = konkurs_candidate_details_dispose;
  object_class->get_property = konkurs_candidate_details_get_property;
  object_class->set_property = konkurs_candidate_details_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, KONKURS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CANDIDATE] =
    g_param_spec_object ("candidate", NULL, NULL, KONKURS_TYPE_CANDIDATE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/candidates/konkurs-candidate-details.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDetails, scroller);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDetails, box);
}

static void
konkurs_candidate_details_init (KonkursCandidateDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
konkurs_candidate_details_new (void)
{
  return g_object_new (KONKURS_TYPE_CANDIDATE_DETAILS, NULL);
}

KonkursStore *
konkurs_candidate_details_get_store (KonkursCandidateDetails *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE_DETAILS (self), NULL);

  return self->store;
}

void
konkurs_candidate_details_set_store (KonkursCandidateDetails *self,
                                     KonkursStore            *store)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE_DETAILS (self));
  g_return_if_fail (store == NULL || KONKURS_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  konkurs_candidate_details_show (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

KonkursCandidate *
konkurs_candidate_details_get_candidate (KonkursCandidateDetails *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE_DETAILS (self), NULL);

  return self->candidate;
}

void
konkurs_candidate_details_show (KonkursCandidateDetails *self,
                                KonkursCandidate        *candidate)
{
  GtkAdjustment *adjustment;
  FocusedButton focused = { NULL, NULL };
  gboolean had_focus;
  gint64 shown;
  double scroll;

  g_return_if_fail (KONKURS_IS_CANDIDATE_DETAILS (self));
  g_return_if_fail (candidate == NULL || KONKURS_IS_CANDIDATE (candidate));
  g_return_if_fail (candidate == NULL || self->store != NULL);

  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  scroll = gtk_adjustment_get_value (adjustment);
  shown = self->candidate != NULL ? konkurs_candidate_get_id (self->candidate) : 0;

  if (candidate != NULL)
    g_object_ref (candidate);
  had_focus = remember_focus (self, &focused);
  g_clear_object (&self->candidate);
  self->candidate = candidate;
  clear (self);
  if (candidate != NULL)
    {
      build (self, candidate);
      if (had_focus && shown == konkurs_candidate_get_id (candidate))
        restore_focus (self, &focused);
      /* After a decision the same person is shown again: stay where the
       * secretary was reading. */
      gtk_adjustment_set_value (adjustment, shown == konkurs_candidate_get_id (candidate) ? scroll : 0);
    }
  g_clear_pointer (&focused.action, g_free);
  g_clear_pointer (&focused.target, g_variant_unref);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANDIDATE]);
}
