/* test-loop.c: the loop page, as a facilitator tells contributors what
 * became of their ideas
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ch-loop-contributor-row.h"
#include "ch-loop-idea-row.h"
#include "ch-loop-page.h"
#include "ch-test-helpers.h"
#include "ch-ui-test-helpers.h"

typedef struct
{
  char          *dir;
  char          *path;
  ChProject     *project;
  GtkWindow     *window;
  ChLoopPage    *page;

  ChParticipant *ana;
  ChParticipant *ben;
  ChIdea        *invoice;  /* accepted, by Ana */
  ChIdea        *wallet;   /* parked, by Ana and Ben */
  ChIdea        *fresh;    /* new, by Ben: nothing to tell */
  ChIdea        *pdf;      /* done, by Ben, who was told on 2026-01-01 */
} Fixture;

static ChIdea *
add_idea (Fixture       *f,
          const char    *title,
          ChIdeaStatus   status,
          ChParticipant *first,
          const char    *first_informed,
          ChParticipant *second)
{
  g_autoptr(GPtrArray) contributors = g_ptr_array_new_with_free_func ((GDestroyNotify) ch_contributor_free);
  g_autoptr(GError) error = NULL;
  ChIdea *idea;

  g_ptr_array_add (contributors,
                   ch_contributor_new (ch_entity_get_id (CH_ENTITY (first)), first_informed));
  if (second != NULL)
    g_ptr_array_add (contributors, ch_contributor_new (ch_entity_get_id (CH_ENTITY (second)), NULL));

  idea = ch_project_add_idea (f->project, title, &error);
  g_assert_no_error (error);
  ch_project_update (f->project, CH_ENTITY (idea), &error,
                     "status", status, "contributors", contributors, NULL);
  g_assert_no_error (error);

  return idea;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = ch_test_dir_new ();
  f->path = g_build_filename (f->dir, "loop.charrette", NULL);
  f->project = ch_project_create (f->path, "Telling", &error);
  g_assert_no_error (error);

  f->ana = ch_project_add_participant (f->project, "Ana Souza", &error);
  g_assert_no_error (error);
  ch_project_update (f->project, CH_ENTITY (f->ana), &error, "organisation", "Souza & Co", NULL);
  g_assert_no_error (error);
  f->ben = ch_project_add_participant (f->project, "Ben Okafor", &error);
  g_assert_no_error (error);

  f->invoice = add_idea (f, "Pay by invoice", CH_IDEA_STATUS_ACCEPTED, f->ana, NULL, NULL);
  f->wallet = add_idea (f, "Phone wallet", CH_IDEA_STATUS_PARKED, f->ana, NULL, f->ben);
  f->fresh = add_idea (f, "Not decided", CH_IDEA_STATUS_NEW, f->ben, NULL, NULL);
  f->pdf = add_idea (f, "PDF invoices", CH_IDEA_STATUS_DONE, f->ben, "2026-01-01", NULL);
  ch_project_clear_history (f->project);

  f->page = g_object_new (CH_TYPE_LOOP_PAGE, NULL);
  ch_loop_page_set_project (f->page, f->project);
  f->window = ch_ui_test_present_page (GTK_WIDGET (f->page));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  ch_ui_test_run_pending ();

  if (f->project != NULL)
    ch_project_close (f->project);
  g_clear_object (&f->project);
  g_clear_pointer (&f->path, g_free);
  ch_test_dir_free (g_steal_pointer (&f->dir));
}

static char *
dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static const char *
visible_content (Fixture *f)
{
  return gtk_stack_get_visible_child_name (TEMPLATE_CHILD (f->page, CH_TYPE_LOOP_PAGE,
                                                           "content_stack"));
}

/* The contributor rows shown, in order. */
static GPtrArray *
get_contributor_rows (Fixture *f)
{
  return ch_ui_test_list_children (TEMPLATE_CHILD (f->page, CH_TYPE_LOOP_PAGE, "contributor_list"),
                                   CH_TYPE_LOOP_CONTRIBUTOR_ROW);
}

static ChLoopContributorRow *
find_contributor_row (Fixture       *f,
                      ChParticipant *participant)
{
  g_autoptr(GPtrArray) rows = get_contributor_rows (f);

  for (guint i = 0; i < rows->len; i++)
    {
      ChLoopContributor *contributor = ch_loop_contributor_row_get_contributor (rows->pdata[i]);

      if (ch_loop_contributor_get_participant (contributor) == participant)
        return rows->pdata[i];
    }

  return NULL;
}

static GPtrArray *
get_idea_rows (ChLoopContributorRow *row)
{
  return ch_ui_test_list_children (GTK_WIDGET (ch_loop_contributor_row_get_idea_list (row)),
                                   CH_TYPE_LOOP_IDEA_ROW);
}

static ChLoopIdeaRow *
find_idea_row (Fixture       *f,
               ChParticipant *participant,
               ChIdea        *idea)
{
  ChLoopContributorRow *contributor_row = find_contributor_row (f, participant);
  g_autoptr(GPtrArray) rows = NULL;

  if (contributor_row == NULL)
    return NULL;

  rows = get_idea_rows (contributor_row);
  for (guint i = 0; i < rows->len; i++)
    if (ch_loop_idea_row_get_idea (rows->pdata[i]) == idea)
      return rows->pdata[i];

  return NULL;
}

/* The ideas listed for @participant, in order, NULL-terminated. */
static void
assert_ideas (Fixture       *f,
              ChParticipant *participant,
              ...)
{
  ChLoopContributorRow *row = find_contributor_row (f, participant);
  g_autoptr(GPtrArray) rows = NULL;
  ChIdea *idea;
  guint n = 0;
  va_list args;

  g_assert_nonnull (row);
  rows = get_idea_rows (row);

  va_start (args, participant);
  while ((idea = va_arg (args, ChIdea *)) != NULL)
    {
      g_assert_cmpuint (n, <, rows->len);
      g_assert_true (ch_loop_idea_row_get_idea (rows->pdata[n]) == idea);
      n++;
    }
  va_end (args);

  g_assert_cmpuint (n, ==, rows->len);
}

#define ID(entity) ch_entity_get_id (CH_ENTITY (entity))

/* The day @participant_id was told of @idea_id, as @project has it. */
static const char *
informed_in (ChProject  *project,
             const char *idea_id,
             const char *participant_id)
{
  ChEntity *stored = ch_project_lookup (project, CH_TYPE_IDEA, idea_id);
  GPtrArray *contributors;

  g_assert_nonnull (stored);
  contributors = ch_idea_get_contributors (CH_IDEA (stored));
  for (guint i = 0; contributors != NULL && i < contributors->len; i++)
    {
      ChContributor *contributor = g_ptr_array_index (contributors, i);

      if (g_strcmp0 (contributor->participant_id, participant_id) == 0)
        return contributor->informed;
    }

  g_assert_not_reached ();
}

/* Clicks the button @name of @widget's template. */
static void
click (gpointer    widget,
       const char *name)
{
  GtkWidget *button = TEMPLATE_CHILD (widget, G_OBJECT_TYPE (widget), name);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  ch_ui_test_run_pending ();
}

/* Each contributor of an idea accepted, parked or done who was not told
 * is listed with those ideas; the date is today's. */
static void
test_lists_contributors (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *today = dup_today ();
  g_autoptr(GPtrArray) rows = get_contributor_rows (f);
  ChLoopIdeaRow *row;

  g_assert_cmpstr (visible_content (f), ==, "contributors");
  g_assert_cmpstr (ch_loop_page_get_date (f->page), ==, today);
  g_assert_cmpuint (rows->len, ==, 2);
  assert_ideas (f, f->ana, f->invoice, f->wallet, NULL);
  /* Not the idea still new, nor the one Ben was told about. */
  assert_ideas (f, f->ben, f->wallet, NULL);

  g_assert_cmpstr (gtk_label_get_label (TEMPLATE_CHILD (rows->pdata[0], CH_TYPE_LOOP_CONTRIBUTOR_ROW,
                                                        "detail_label")),
                   ==, "Souza & Co · 2 ideas to tell them about");
  row = find_idea_row (f, f->ana, f->invoice);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Not yet informed");
  g_assert_cmpstr (gtk_label_get_label (TEMPLATE_CHILD (row, CH_TYPE_LOOP_IDEA_ROW, "status_label")),
                   ==, "Accepted");
  ch_ui_test_assert_accessible_label (row, "Pay by invoice, Accepted, not yet informed");
  ch_ui_test_assert_accessible_label (TEMPLATE_CHILD (row, CH_TYPE_LOOP_IDEA_ROW, "mark_button"),
                           "Mark Ana Souza as informed of “Pay by invoice”");
  ch_ui_test_assert_accessible_label (TEMPLATE_CHILD (rows->pdata[0], CH_TYPE_LOOP_CONTRIBUTOR_ROW,
                                           "mark_all_button"),
                           "Mark Ana Souza as informed of all their ideas");

  /* An idea decided later is listed too. */
  {
    g_autoptr(GError) error = NULL;

    ch_project_update (f->project, CH_ENTITY (f->fresh), &error,
                       "status", CH_IDEA_STATUS_ACCEPTED, NULL);
    g_assert_no_error (error);
    ch_ui_test_run_pending ();
    assert_ideas (f, f->ben, f->wallet, f->fresh, NULL);
  }
}

/* Marking a contributor informed of their last idea takes them off the
 * list, and today's date is in the file. */
static void
test_mark_informed (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) reopened = NULL;
  g_autofree char *today = dup_today ();
  g_autofree char *invoice_id = NULL;
  g_autofree char *wallet_id = NULL;
  g_autofree char *ana_id = NULL;
  g_autofree char *ben_id = NULL;
  GtkWidget *focus;

  /* From the keyboard: the button has the focus. */
  g_assert_true (gtk_widget_grab_focus (TEMPLATE_CHILD (find_idea_row (f, f->ana, f->invoice),
                                                        CH_TYPE_LOOP_IDEA_ROW, "mark_button")));
  click (find_idea_row (f, f->ana, f->invoice), "mark_button");
  g_assert_cmpstr (informed_in (f->project, ID (f->invoice), ID (f->ana)), ==, today);
  assert_ideas (f, f->ana, f->wallet, NULL);
  /* The keyboard goes to the row that took its place. */
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (focus == GTK_WIDGET (find_idea_row (f, f->ana, f->wallet)));

  click (find_idea_row (f, f->ana, f->wallet), "mark_button");
  g_assert_null (find_contributor_row (f, f->ana));
  /* Only Ana was told of the wallet: Ben is still to be. */
  g_assert_null (informed_in (f->project, ID (f->wallet), ID (f->ben)));
  assert_ideas (f, f->ben, f->wallet, NULL);

  invoice_id = g_strdup (ID (f->invoice));
  wallet_id = g_strdup (ID (f->wallet));
  ana_id = g_strdup (ID (f->ana));
  ben_id = g_strdup (ID (f->ben));
  ch_loop_page_set_project (f->page, NULL);
  ch_project_close (f->project);
  g_clear_object (&f->project);
  reopened = ch_project_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (informed_in (reopened, invoice_id, ana_id), ==, today);
  g_assert_cmpstr (informed_in (reopened, wallet_id, ana_id), ==, today);
  g_assert_null (informed_in (reopened, wallet_id, ben_id));
  ch_project_close (reopened);
}

/* All of one contributor's ideas at once, as one step. */
static void
test_mark_all_informed (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  click (find_contributor_row (f, f->ana), "mark_all_button");
  g_assert_null (find_contributor_row (f, f->ana));
  g_assert_nonnull (find_contributor_row (f, f->ben));

  ch_project_undo (f->project, &error);
  g_assert_no_error (error);
  g_assert_false (ch_project_get_can_undo (f->project));
  ch_ui_test_run_pending ();
  assert_ideas (f, f->ana, f->invoice, f->wallet, NULL);
}

/* "Mark Everyone Informed" empties the list, as one step; undo brings
 * everyone back. */
static void
test_mark_everyone_informed (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = dup_today ();

  click (f->page, "everyone_button");
  g_assert_cmpstr (visible_content (f), ==, "empty");
  g_assert_cmpstr (informed_in (f->project, ID (f->wallet), ID (f->ben)), ==, today);
  /* Those told before keep their day. */
  g_assert_cmpstr (informed_in (f->project, ID (f->pdf), ID (f->ben)), ==, "2026-01-01");
  g_assert_false (gtk_widget_is_sensitive (TEMPLATE_CHILD (f->page, CH_TYPE_LOOP_PAGE,
                                                           "everyone_button")));

  ch_project_undo (f->project, &error);
  g_assert_no_error (error);
  g_assert_false (ch_project_get_can_undo (f->project));
  ch_ui_test_run_pending ();
  g_assert_cmpstr (visible_content (f), ==, "contributors");
  assert_ideas (f, f->ana, f->invoice, f->wallet, NULL);
  assert_ideas (f, f->ben, f->wallet, NULL);
}

/* Marks take the day entered; one that is no date stops them. */
static void
test_date (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *entry = TEMPLATE_CHILD (f->page, CH_TYPE_LOOP_PAGE, "date_entry");
  GtkWidget *everyone = TEMPLATE_CHILD (f->page, CH_TYPE_LOOP_PAGE, "everyone_button");
  GtkWidget *hint = TEMPLATE_CHILD (f->page, CH_TYPE_LOOP_PAGE, "date_hint");

  gtk_editable_set_text (GTK_EDITABLE (entry), "2026-02-30");
  g_assert_null (ch_loop_page_get_date (f->page));
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_true (gtk_widget_get_visible (hint));
  g_assert_false (gtk_widget_is_sensitive (everyone));
  g_assert_false (gtk_widget_is_sensitive (TEMPLATE_CHILD (find_idea_row (f, f->ana, f->invoice),
                                                           CH_TYPE_LOOP_IDEA_ROW, "mark_button")));

  /* A day picked on the calendar is entered. */
  {
    g_autoptr(GDateTime) day = g_date_time_new_local (2026, 3, 1, 12, 0, 0);
    GtkCalendar *calendar = TEMPLATE_CHILD (f->page, CH_TYPE_LOOP_PAGE, "calendar");

    gtk_calendar_select_day (calendar, day);
    g_signal_emit_by_name (calendar, "day-selected");
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "2026-03-01");
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  g_assert_false (gtk_widget_get_visible (hint));
  click (find_idea_row (f, f->ana, f->invoice), "mark_button");
  g_assert_cmpstr (informed_in (f->project, ID (f->invoice), ID (f->ana)), ==, "2026-03-01");
}

/* With "Show Informed", those told are listed with their day, which can
 * be changed. */
static void
test_show_informed (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *entry = TEMPLATE_CHILD (f->page, CH_TYPE_LOOP_PAGE, "date_entry");
  ChLoopIdeaRow *row;

  g_assert_null (find_idea_row (f, f->ben, f->pdf));

  click (f->page, "informed_toggle");
  g_assert_true (ch_loop_page_get_show_informed (f->page));
  assert_ideas (f, f->ben, f->wallet, f->pdf, NULL);
  row = find_idea_row (f, f->ben, f->pdf);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Informed on 2026-01-01");
  g_assert_cmpstr (gtk_button_get_label (TEMPLATE_CHILD (row, CH_TYPE_LOOP_IDEA_ROW,
                                                         "mark_button")),
                   ==, "Change Date");

  gtk_editable_set_text (GTK_EDITABLE (entry), "2026-01-15");
  click (row, "mark_button");
  g_assert_cmpstr (informed_in (f->project, ID (f->pdf), ID (f->ben)), ==, "2026-01-15");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find_idea_row (f, f->ben, f->pdf))),
                   ==, "Informed on 2026-01-15");

  /* Everyone told: the list stays, with the days. */
  click (f->page, "everyone_button");
  g_assert_cmpstr (visible_content (f), ==, "contributors");
  assert_ideas (f, f->ana, f->invoice, f->wallet, NULL);

  click (f->page, "informed_toggle");
  g_assert_cmpstr (visible_content (f), ==, "empty");
}

/* What the export wrote to @path, once it is written (in the background). */
static char *
wait_for_contents (const char *path)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  for (;;)
    {
      char *contents = NULL;
      gsize length = 0;

      if (g_file_get_contents (path, &contents, &length, NULL) && length > 0)
        return contents;
      g_free (contents);

      if (g_get_monotonic_time () > end)
        g_error ("Timed out waiting for %s", path);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

/* The list exported is the list shown. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *csv_path = g_build_filename (f->dir, "loop.csv", NULL);
  g_autofree char *md_path = g_build_filename (f->dir, "loop.md", NULL);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
  g_autoptr(GFile) md_file = g_file_new_for_path (md_path);
  g_autofree char *csv = NULL;
  g_autofree char *markdown = NULL;

  ch_loop_page_export_file (f->page, csv_file, CH_LOOP_EXPORT_CSV);
  csv = wait_for_contents (csv_path);
  g_assert_cmpstr (csv, ==,
                   "participant,organisation,idea,status,cluster,informed\r\n"
                   "Ana Souza,Souza & Co,Pay by invoice,accepted,,\r\n"
                   "Ana Souza,Souza & Co,Phone wallet,parked,,\r\n"
                   "Ben Okafor,,Phone wallet,parked,,\r\n");

  click (f->page, "informed_toggle");
  ch_loop_page_export_file (f->page, md_file, CH_LOOP_EXPORT_MARKDOWN);
  markdown = wait_for_contents (md_path);
  g_assert_nonnull (strstr (markdown, "## Ben Okafor\n\n"
                                      "- **Phone wallet** · Parked · not yet informed\n"
                                      "- **PDF invoices** · Done · informed 2026-01-01\n"));
}

/* A page not shown works nothing out; shown again, it is up to date. */
static void
test_lazy_when_hidden (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  gtk_widget_set_visible (GTK_WIDGET (f->page), FALSE);
  ch_ui_test_run_pending ();
  ch_project_update (f->project, CH_ENTITY (f->fresh), &error,
                     "status", CH_IDEA_STATUS_DONE, NULL);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  assert_ideas (f, f->ben, f->wallet, NULL);

  gtk_widget_set_visible (GTK_WIDGET (f->page), TRUE);
  ch_ui_test_run_pending ();
  assert_ideas (f, f->ben, f->wallet, f->fresh, NULL);
}

/* With one session chosen, the page lists the contributors of that
 * session's ideas, and marks only those: for one participant, or for
 * everyone. */
static void
test_session_filter (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = dup_today ();
  ChSession *morning = ch_project_add_session (f->project, "Morning", "2026-11-02", &error);

  g_assert_no_error (error);
  ch_project_update (f->project, CH_ENTITY (f->wallet), &error,
                     "session-id", ID (morning), NULL);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  assert_ideas (f, f->ana, f->invoice, f->wallet, NULL);

  ch_ui_test_choose_session (GTK_WIDGET (f->page), CH_TYPE_LOOP_PAGE, morning);
  g_assert_cmpstr (ch_loop_page_get_session_id (f->page), ==, ID (morning));
  assert_ideas (f, f->ana, f->wallet, NULL);
  assert_ideas (f, f->ben, f->wallet, NULL);

  /* Ana's ideas of the morning: the invoice stays to tell. */
  click (find_contributor_row (f, f->ana), "mark_all_button");
  g_assert_null (find_contributor_row (f, f->ana));
  g_assert_cmpstr (informed_in (f->project, ID (f->wallet), ID (f->ana)), ==, today);
  g_assert_null (informed_in (f->project, ID (f->invoice), ID (f->ana)));

  click (f->page, "everyone_button");
  g_assert_cmpstr (visible_content (f), ==, "empty");
  g_assert_cmpstr (informed_in (f->project, ID (f->wallet), ID (f->ben)), ==, today);
  g_assert_null (informed_in (f->project, ID (f->invoice), ID (f->ana)));

  ch_ui_test_choose_session (GTK_WIDGET (f->page), CH_TYPE_LOOP_PAGE, NULL);
  g_assert_null (ch_loop_page_get_session_id (f->page));
  assert_ideas (f, f->ana, f->invoice, NULL);
  g_assert_null (find_contributor_row (f, f->ben));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  data_home = ch_test_dir_new ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  /* What a screen reader would be told, without one. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ch/loop/lists-contributors", Fixture, NULL,
              fixture_set_up, test_lists_contributors, fixture_tear_down);
  g_test_add ("/ch/loop/mark-informed", Fixture, NULL,
              fixture_set_up, test_mark_informed, fixture_tear_down);
  g_test_add ("/ch/loop/mark-all-informed", Fixture, NULL,
              fixture_set_up, test_mark_all_informed, fixture_tear_down);
  g_test_add ("/ch/loop/mark-everyone-informed", Fixture, NULL,
              fixture_set_up, test_mark_everyone_informed, fixture_tear_down);
  g_test_add ("/ch/loop/date", Fixture, NULL,
              fixture_set_up, test_date, fixture_tear_down);
  g_test_add ("/ch/loop/show-informed", Fixture, NULL,
              fixture_set_up, test_show_informed, fixture_tear_down);
  g_test_add ("/ch/loop/export", Fixture, NULL,
              fixture_set_up, test_export, fixture_tear_down);
  g_test_add ("/ch/loop/session-filter", Fixture, NULL,
              fixture_set_up, test_session_filter, fixture_tear_down);
  g_test_add ("/ch/loop/lazy-when-hidden", Fixture, NULL,
              fixture_set_up, test_lazy_when_hidden, fixture_tear_down);

  status = g_test_run ();

  ch_test_dir_free (g_steal_pointer (&data_home));

  return status;
}
