/* test-window.c: the window as a facilitator uses it
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ch-application.h"
#include "ch-board-page.h"
#include "ch-idea-editor.h"
#include "ch-ideas-page.h"
#include "ch-loop-page.h"
#include "ch-matrix-page.h"
#include "ch-persona-editor.h"
#include "ch-personas-page.h"
#include "ch-project-row.h"
#include "ch-project-view.h"
#include "ch-review-page.h"
#include "ch-start-page.h"
#include "ch-test-helpers.h"
#include "ch-ui-test-helpers.h"
#include "ch-window.h"

typedef ChUiTestFixture Fixture;

static ChIdeasPage *
get_ideas_page (Fixture *fixture)
{
  ChProjectView *view = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "project_view");

  return TEMPLATE_CHILD (view, CH_TYPE_PROJECT_VIEW, "ideas_page");
}

static ChPersonasPage *
get_personas_page (Fixture *fixture)
{
  ChProjectView *view = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "project_view");

  return TEMPLATE_CHILD (view, CH_TYPE_PROJECT_VIEW, "personas_page");
}

/* Types @text into the add-idea box and presses Enter. */
static void
type_idea (ChIdeasPage *page,
           const char  *text)
{
  GtkEditable *entry = TEMPLATE_CHILD (page, CH_TYPE_IDEAS_PAGE, "new_idea_entry");

  gtk_editable_set_text (entry, text);
  g_signal_emit_by_name (entry, "activate");
  ch_ui_test_run_pending ();
}

static gboolean
model_has_title (GListModel *model,
                 const char *title)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (model, i);

      if (g_strcmp0 (ch_idea_get_title (idea), title) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Opens @path again, as the next session would, after the window let go. */
static ChProject *
reopen (const char *path)
{
  g_autoptr(GError) error = NULL;
  ChProject *project = ch_project_open (path, &error);

  g_assert_no_error (error);

  return project;
}

static void
test_start_page_lists_projects (Fixture       *fixture,
                                gconstpointer  data)
{
  ChStartPage *start_page = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "start_page");
  GtkStack *stack = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "stack");
  GtkStack *content_stack = TEMPLATE_CHILD (start_page, CH_TYPE_START_PAGE, "content_stack");
  GtkWidget *list_view = TEMPLATE_CHILD (start_page, CH_TYPE_START_PAGE, "list_view");
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autofree char *path = NULL;
  gboolean seen_sample = FALSE;
  gboolean seen_new = FALSE;

  /* The window opens on its start page, with the sample of a first run. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "start");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack), ==, "projects");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ch_start_page_get_library (start_page))),
                    ==, 1);

  path = ch_ui_test_create_project (fixture, "Morning session");
  ch_ui_test_run_pending ();

  ch_ui_test_collect_widgets (list_view, CH_TYPE_PROJECT_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkLabel *title = TEMPLATE_CHILD (rows->pdata[i], CH_TYPE_PROJECT_ROW, "title_label");
      GtkLabel *details = TEMPLATE_CHILD (rows->pdata[i], CH_TYPE_PROJECT_ROW, "details_label");

      if (g_str_equal (gtk_label_get_label (title), "Checkout redesign co-design"))
        {
          seen_sample = TRUE;
          g_assert_nonnull (strstr (gtk_label_get_label (details), "ideas"));
          g_assert_false (g_str_has_suffix (gtk_label_get_label (details), " 0 ideas"));
        }
      else if (g_str_equal (gtk_label_get_label (title), "Morning session"))
        {
          seen_new = TRUE;
          g_assert_true (g_str_has_suffix (gtk_label_get_label (details), "0 ideas"));
        }
    }
  g_assert_true (seen_sample);
  g_assert_true (seen_new);
}

static void
test_add_idea_is_saved (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Idea capture");
  g_autoptr(ChProject) reopened = NULL;
  GtkSingleSelection *selection;
  GtkStack *content_stack;
  GtkEditable *entry;
  ChIdeasPage *page;
  ChIdea *selected;
  GtkWidget *focus;

  ch_ui_test_open_in_window (fixture, path);
  page = get_ideas_page (fixture);
  selection = TEMPLATE_CHILD (page, CH_TYPE_IDEAS_PAGE, "selection");
  content_stack = TEMPLATE_CHILD (page, CH_TYPE_IDEAS_PAGE, "content_stack");
  entry = TEMPLATE_CHILD (page, CH_TYPE_IDEAS_PAGE, "new_idea_entry");

  g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack), ==, "empty");

  type_idea (page, "  Pay by invoice  ");

  /* One row, selected, the box emptied and still focused for the next. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack), ==, "ideas");
  selected = gtk_single_selection_get_selected_item (selection);
  g_assert_nonnull (selected);
  g_assert_cmpstr (ch_idea_get_title (selected), ==, "Pay by invoice");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus == GTK_WIDGET (entry) || gtk_widget_is_ancestor (focus, GTK_WIDGET (entry)));

  /* Enter on blanks adds nothing. */
  type_idea (page, "   ");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 1);

  /* The editor shows the new idea. */
  g_assert_true (ch_idea_editor_get_idea (TEMPLATE_CHILD (page, CH_TYPE_IDEAS_PAGE, "editor"))
                 == selected);

  ch_window_close_project (fixture->window);
  reopened = reopen (path);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_ideas (reopened)), ==, 1);
  g_assert_true (model_has_title (ch_project_get_ideas (reopened), "Pay by invoice"));
  ch_project_close (reopened);
}

static void
test_idea_editor_follows_undo (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Editing");
  g_autoptr(ChProject) reopened = NULL;
  ChIdeaEditor *editor;
  GtkEditable *title_row;
  ChProject *project;
  ChIdea *idea;

  project = ch_ui_test_open_in_window (fixture, path);
  type_idea (get_ideas_page (fixture), "Pay by invoice");
  editor = TEMPLATE_CHILD (get_ideas_page (fixture), CH_TYPE_IDEAS_PAGE, "editor");
  title_row = TEMPLATE_CHILD (editor, CH_TYPE_IDEA_EDITOR, "title_row");
  idea = ch_idea_editor_get_idea (editor);
  g_assert_nonnull (idea);
  g_assert_cmpstr (gtk_editable_get_text (title_row), ==, "Pay by invoice");

  /* Typing in the editor changes the idea at once. */
  gtk_editable_set_text (title_row, "Pay by card");
  g_assert_cmpstr (ch_idea_get_title (idea), ==, "Pay by card");

  /* Undo puts the old title back in the field, and redo stays possible. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  ch_ui_test_run_pending ();
  g_assert_cmpstr (ch_idea_get_title (idea), ==, "Pay by invoice");
  g_assert_cmpstr (gtk_editable_get_text (title_row), ==, "Pay by invoice");
  g_assert_true (ch_project_get_can_redo (project));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.redo", NULL);
  ch_ui_test_run_pending ();
  g_assert_cmpstr (gtk_editable_get_text (title_row), ==, "Pay by card");

  ch_window_close_project (fixture->window);
  reopened = reopen (path);
  g_assert_true (model_has_title (ch_project_get_ideas (reopened), "Pay by card"));
  ch_project_close (reopened);
}

static void
test_persona_edits_are_saved (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Personas");
  g_autoptr(ChProject) reopened = NULL;
  ChPersonaEditor *editor;
  ChPersonasPage *page;
  GtkListBox *quotes_list;
  GtkListBoxRow *quote_row;
  GtkTextView *goals_view;
  ChPersona *persona;
  const char * const *quotes;

  ch_ui_test_open_in_window (fixture, path);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-personas", NULL);
  page = get_personas_page (fixture);
  editor = TEMPLATE_CHILD (page, CH_TYPE_PERSONAS_PAGE, "editor");

  /* "Add Persona" adds one and selects it for editing. */
  gtk_widget_activate_action (GTK_WIDGET (page), "personas.add", NULL);
  ch_ui_test_run_pending ();
  g_assert_nonnull (ch_personas_page_get_selected (page));
  g_assert_true (ch_persona_editor_get_persona (editor) == ch_personas_page_get_selected (page));

  gtk_editable_set_text (TEMPLATE_CHILD (editor, CH_TYPE_PERSONA_EDITOR, "name_row"),
                         "Busy parent");
  gtk_editable_set_text (TEMPLATE_CHILD (editor, CH_TYPE_PERSONA_EDITOR, "segment_row"),
                         "Families, mobile first");
  adw_combo_row_set_selected (TEMPLATE_CHILD (editor, CH_TYPE_PERSONA_EDITOR, "kind_row"),
                              CH_PERSONA_KIND_INTERNAL);
  goals_view = TEMPLATE_CHILD (editor, CH_TYPE_PERSONA_EDITOR, "goals_view");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (goals_view), "Order in two minutes.", -1);

  /* A quote row counts once something is typed in it. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "persona.add-quote", NULL);
  quotes_list = TEMPLATE_CHILD (editor, CH_TYPE_PERSONA_EDITOR, "quotes_list");
  quote_row = gtk_list_box_get_row_at_index (quotes_list, 0);
  g_assert_nonnull (quote_row);
  gtk_editable_set_text (GTK_EDITABLE (quote_row), "I gave up at the address form.");
  ch_ui_test_run_pending ();

  ch_window_close_project (fixture->window);
  reopened = reopen (path);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_personas (reopened)), ==, 1);
  persona = g_list_model_get_item (ch_project_get_personas (reopened), 0);
  g_assert_cmpstr (ch_persona_get_name (persona), ==, "Busy parent");
  g_assert_cmpstr (ch_persona_get_segment (persona), ==, "Families, mobile first");
  g_assert_cmpint (ch_persona_get_kind (persona), ==, CH_PERSONA_KIND_INTERNAL);
  g_assert_cmpstr (ch_persona_get_goals (persona), ==, "Order in two minutes.");
  quotes = ch_persona_get_quotes (persona);
  g_assert_nonnull (quotes);
  g_assert_cmpuint (g_strv_length ((GStrv) quotes), ==, 1);
  g_assert_cmpstr (quotes[0], ==, "I gave up at the address form.");
  g_object_unref (persona);
  ch_project_close (reopened);
}

/* The button a user presses in the toast, found as a user finds it. */
static GtkButton *
find_toast_undo_button (Fixture *fixture)
{
  GtkWidget *overlay = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "toast_overlay");
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  ch_ui_test_collect_widgets (overlay, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), "_Undo") == 0)
        return buttons->pdata[i];
    }

  return NULL;
}

static void
test_delete_then_undo (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Deleting");
  g_autoptr(ChProject) reopened = NULL;
  GtkSingleSelection *selection;
  GtkButton *undo_button;
  ChIdeasPage *page;

  ch_ui_test_open_in_window (fixture, path);
  page = get_ideas_page (fixture);
  selection = TEMPLATE_CHILD (page, CH_TYPE_IDEAS_PAGE, "selection");
  type_idea (page, "Keep the basket");
  type_idea (page, "Pay by invoice");
  g_assert_cmpstr (ch_idea_get_title (ch_ideas_page_get_selected (page)), ==, "Pay by invoice");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete", NULL);
  ch_ui_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 1);
  g_assert_false (model_has_title (G_LIST_MODEL (selection), "Pay by invoice"));

  undo_button = find_toast_undo_button (fixture);
  g_assert_nonnull (undo_button);
  g_signal_emit_by_name (undo_button, "clicked");
  ch_ui_test_run_pending ();

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 2);
  g_assert_true (model_has_title (G_LIST_MODEL (selection), "Pay by invoice"));

  ch_window_close_project (fixture->window);
  reopened = reopen (path);
  g_assert_true (model_has_title (ch_project_get_ideas (reopened), "Pay by invoice"));
  g_assert_true (model_has_title (ch_project_get_ideas (reopened), "Keep the basket"));
  ch_project_close (reopened);
}

static ChProjectFile *
find_project_file (Fixture    *fixture,
                   const char *path)
{
  GListModel *library = G_LIST_MODEL (ch_application_get_library (fixture->app));

  for (guint i = 0; i < g_list_model_get_n_items (library); i++)
    {
      g_autoptr(ChProjectFile) file = g_list_model_get_item (library, i);

      if (g_str_equal (ch_project_file_get_path (file), path))
        return g_steal_pointer (&file);
    }

  return NULL;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static void
test_rename_open_project (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Before lunch");
  ChStartPage *start_page = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "start_page");
  g_autoptr(ChProjectFile) file = NULL;
  AdwMessageDialog *dialog;
  ChProject *project;

  project = ch_ui_test_open_in_window (fixture, path);
  file = find_project_file (fixture, path);
  g_assert_nonnull (file);

  /* Renamed from the start page of any window while it is open: through
   * the open project, not a second one that would find the file locked. */
  ch_start_page_rename_project (start_page, file);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)),
                         "After lunch");
  /* As the Rename button does: respond, then close. */
  adw_message_dialog_response (dialog, "rename");
  gtk_window_destroy (GTK_WINDOW (dialog));
  ch_ui_test_run_pending ();

  /* No other dialog came up to tell of a problem. */
  g_assert_null (find_message_dialog ());
  g_assert_cmpstr (ch_project_get_title (project), ==, "After lunch");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "After lunch");
  g_clear_object (&file);
  file = find_project_file (fixture, path);
  g_assert_cmpstr (ch_project_file_get_title (file), ==, "After lunch");
}

/* The header bar's button that activates @action_name. */
static GtkWidget *
find_header_button (Fixture    *fixture,
                    const char *action_name)
{
  ChProjectView *view = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "project_view");
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  ch_ui_test_collect_widgets (GTK_WIDGET (view), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = buttons->pdata[i];

      if (gtk_widget_get_ancestor (button, ADW_TYPE_HEADER_BAR) != NULL &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), action_name) == 0)
        return button;
    }

  return NULL;
}

static gboolean
accels_contain (Fixture         *fixture,
                const char      *action_name,
                guint            keyval,
                GdkModifierType  modifiers)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app),
                                                                action_name);

  for (guint i = 0; accels != NULL && accels[i] != NULL; i++)
    {
      guint accel_key = 0;
      GdkModifierType accel_mods = 0;

      if (gtk_accelerator_parse (accels[i], &accel_key, &accel_mods) &&
          accel_key == keyval && accel_mods == modifiers)
        return TRUE;
    }

  return FALSE;
}

static ChProjectView *
view_of (Fixture *fixture)
{
  return TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "project_view");
}

/* The header says what Undo would undo, and then what Redo would redo. */
static void
test_header_names_undo (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Undo in the header");
  GtkWidget *undo_button;
  GtkWidget *redo_button;
  ChProject *project;

  project = ch_ui_test_open_in_window (fixture, path);
  undo_button = find_header_button (fixture, "win.undo");
  redo_button = find_header_button (fixture, "win.redo");
  g_assert_nonnull (undo_button);
  g_assert_nonnull (redo_button);
  g_assert_false (gtk_widget_get_sensitive (undo_button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo_button), ==, "Undo");

  g_assert_false (gtk_widget_get_visible (TEMPLATE_CHILD (view_of (fixture), CH_TYPE_PROJECT_VIEW,
                                                          "undo_label")));

  type_idea (get_ideas_page (fixture), "Pay by invoice");
  g_assert_true (gtk_widget_get_sensitive (undo_button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo_button), ==, "Undo Add “Pay by invoice”");
  /* Seen without hovering: the label beside the button. */
  {
    GtkLabel *label = TEMPLATE_CHILD (view_of (fixture), CH_TYPE_PROJECT_VIEW, "undo_label");

    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (label)));
    g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (label), undo_button));
    g_assert_cmpstr (gtk_label_get_label (label), ==, "Add “Pay by invoice”");
  }
  g_assert_false (gtk_widget_get_sensitive (redo_button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (redo_button), ==, "Redo");

  /* Ctrl+Z undoes it; the header now names what Redo would bring back. */
  g_assert_true (accels_contain (fixture, "win.undo", GDK_KEY_z, GDK_CONTROL_MASK));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  ch_ui_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_ideas (project)), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (undo_button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo_button), ==, "Undo");
  g_assert_true (gtk_widget_get_sensitive (redo_button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (redo_button), ==, "Redo Add “Pay by invoice”");

  /* Ctrl+Shift+Z brings it back. */
  g_assert_true (accels_contain (fixture, "win.redo", GDK_KEY_z,
                                 GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.redo", NULL);
  ch_ui_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_ideas (project)), ==, 1);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo_button), ==, "Undo Add “Pay by invoice”");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (redo_button), ==, "Redo");
}

/* Every page has its Ctrl+digit, and each shows its page. */
static void
test_page_shortcuts (Fixture       *fixture,
                     gconstpointer  data)
{
  static const struct { const char *page; guint keyval; } pages[] = {
    { "personas", GDK_KEY_2 }, { "participants", GDK_KEY_3 }, { "sessions", GDK_KEY_4 },
    { "board", GDK_KEY_5 }, { "matrix", GDK_KEY_6 }, { "review", GDK_KEY_7 }, { "loop", GDK_KEY_8 },
    { "ideas", GDK_KEY_1 },
  };
  g_autofree char *path = ch_ui_test_create_project (fixture, "Pages");
  AdwViewStack *stack;

  ch_ui_test_open_in_window (fixture, path);
  stack = TEMPLATE_CHILD (view_of (fixture), CH_TYPE_PROJECT_VIEW, "view_stack");

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *action = g_strconcat ("win.show-", pages[i].page, NULL);

      g_assert_true (accels_contain (fixture, action, pages[i].keyval, GDK_CONTROL_MASK));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL));
      ch_ui_test_run_pending ();
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, pages[i].page);
    }
}

/* A session chosen on one of the pages that show a whole workshop (the
 * board, the matrix, the review, the loop) is the one the others show. */
static void
test_session_shown_everywhere (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Sessions shown");
  g_autoptr(GError) error = NULL;
  ChProjectView *view;
  ChProject *project;
  ChSession *morning;
  GtkWidget *board;
  GtkWidget *matrix;
  GtkWidget *review;
  GtkWidget *loop;

  project = ch_ui_test_open_in_window (fixture, path);
  view = view_of (fixture);
  board = TEMPLATE_CHILD (view, CH_TYPE_PROJECT_VIEW, "board_page");
  matrix = TEMPLATE_CHILD (view, CH_TYPE_PROJECT_VIEW, "matrix_page");
  review = TEMPLATE_CHILD (view, CH_TYPE_PROJECT_VIEW, "review_page");
  loop = TEMPLATE_CHILD (view, CH_TYPE_PROJECT_VIEW, "loop_page");
  morning = ch_project_add_session (project, "Morning", "2026-11-02", &error);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-board",
                                             NULL));
  ch_ui_test_run_pending ();
  ch_ui_test_choose_session (board, CH_TYPE_BOARD_PAGE, morning);
  g_assert_cmpstr (ch_matrix_page_get_session_id (CH_MATRIX_PAGE (matrix)), ==,
                   ch_entity_get_id (CH_ENTITY (morning)));
  g_assert_cmpstr (ch_review_page_get_session_id (CH_REVIEW_PAGE (review)), ==,
                   ch_entity_get_id (CH_ENTITY (morning)));
  g_assert_cmpstr (ch_loop_page_get_session_id (CH_LOOP_PAGE (loop)), ==,
                   ch_entity_get_id (CH_ENTITY (morning)));

  /* Back to all of them from the loop. */
  ch_ui_test_choose_session (loop, CH_TYPE_LOOP_PAGE, NULL);
  g_assert_null (ch_board_page_get_session_id (CH_BOARD_PAGE (board)));
  g_assert_null (ch_matrix_page_get_session_id (CH_MATRIX_PAGE (matrix)));
  g_assert_null (ch_review_page_get_session_id (CH_REVIEW_PAGE (review)));
}

static void
test_open_twice_presents (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Only once");
  ChWindow *second;

  ch_ui_test_open_in_window (fixture, path);

  /* Opening it from another window brings this one forward instead of
   * failing on the file's lock. */
  second = ch_window_new (fixture->app);
  ch_window_open_project (second, path);
  ch_ui_test_run_pending ();
  g_assert_null (ch_window_get_project (second));
  g_assert_true (ch_application_find_window (fixture->app, path) == fixture->window);
  gtk_window_destroy (GTK_WINDOW (second));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  data_home = ch_test_dir_new ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/ch/window/start-page-lists-projects", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_start_page_lists_projects, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/window/add-idea-is-saved", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_add_idea_is_saved, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/window/idea-editor-follows-undo", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_idea_editor_follows_undo, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/window/persona-edits-are-saved", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_persona_edits_are_saved, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/window/delete-then-undo", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_delete_then_undo, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/window/rename-open-project", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_rename_open_project, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/window/session-shown-everywhere", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_session_shown_everywhere,
              ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/window/page-shortcuts", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_page_shortcuts, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/window/header-names-undo", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_header_names_undo, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/window/open-twice-presents", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_open_twice_presents, ch_ui_test_fixture_tear_down);

  status = g_test_run ();

  ch_test_dir_free (g_steal_pointer (&data_home));

  return status;
}
