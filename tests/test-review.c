/* test-review.c: the review page, as a team uses it after the session
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ch-review-card.h"
#include "ch-review-idea-row.h"
#include "ch-review-page.h"
#include "ch-test-helpers.h"
#include "ch-ui-test-helpers.h"

typedef struct
{
  char          *dir;
  char          *path;
  ChProject     *project;
  ChParticipant *voter;
  GtkWindow     *window;
  ChReviewPage  *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = ch_test_dir_new ();
  f->path = g_build_filename (f->dir, "review.charrette", NULL);
  f->project = ch_project_create (f->path, "Reviewing", &error);
  g_assert_no_error (error);
  f->voter = ch_project_add_participant (f->project, "Voter", &error);
  g_assert_no_error (error);

  f->page = g_object_new (CH_TYPE_REVIEW_PAGE, NULL);
  ch_review_page_set_project (f->page, f->project);
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

static ChCluster *
add_cluster (Fixture    *f,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  ChCluster *cluster = ch_project_add_cluster (f->project, name, &error);

  g_assert_no_error (error);

  return cluster;
}

/* Puts @dots on @idea (recorded as the voter's, as a workshop file may
 * bring them). */
static void
set_dots (Fixture *f,
          ChIdea  *idea,
          int      dots)
{
  g_autoptr(GPtrArray) votes = g_ptr_array_new_with_free_func ((GDestroyNotify) ch_vote_free);
  g_autoptr(GError) error = NULL;

  if (dots > 0)
    g_ptr_array_add (votes, ch_vote_new (ch_entity_get_id (CH_ENTITY (f->voter)), dots));
  ch_project_update (f->project, CH_ENTITY (idea), &error, "votes", votes, NULL);
  g_assert_no_error (error);
}

static ChIdea *
add_idea (Fixture    *f,
          const char *title,
          ChCluster  *cluster,
          int         dots)
{
  g_autoptr(GError) error = NULL;
  ChIdea *idea = ch_project_add_idea (f->project, title, &error);

  g_assert_no_error (error);
  if (cluster != NULL)
    {
      ch_project_move_ideas (f->project, &idea, 1, cluster, -1, &error);
      g_assert_no_error (error);
    }
  set_dots (f, idea, dots);

  return idea;
}

static GtkStack *
get_content_stack (Fixture *f)
{
  return GTK_STACK (adw_bin_get_child (ADW_BIN (f->page)));
}

/* The cards shown, in order. */
static GPtrArray *
get_cards (Fixture *f)
{
  return ch_ui_test_list_children (TEMPLATE_CHILD (f->page, CH_TYPE_REVIEW_PAGE, "card_list"),
                                   CH_TYPE_REVIEW_CARD);
}

static ChReviewCard *
find_card (Fixture   *f,
           ChCluster *cluster)
{
  g_autoptr(GPtrArray) cards = get_cards (f);

  for (guint i = 0; i < cards->len; i++)
    if (ch_review_rank_get_cluster (ch_review_card_get_rank (cards->pdata[i])) == cluster)
      return cards->pdata[i];

  g_assert_not_reached ();
}

static ChReviewCard *
find_unsorted_card (Fixture *f)
{
  g_autoptr(GPtrArray) cards = get_cards (f);

  for (guint i = 0; i < cards->len; i++)
    if (ch_review_rank_get_cluster (ch_review_card_get_rank (cards->pdata[i])) == NULL)
      return cards->pdata[i];

  return NULL;
}

static const char *
card_label (ChReviewCard *card,
            const char   *name)
{
  return gtk_label_get_label (TEMPLATE_CHILD (card, CH_TYPE_REVIEW_CARD, name));
}

/* The ideas a card shows, in order. */
static GPtrArray *
get_idea_rows (ChReviewCard *card)
{
  return ch_ui_test_list_children (GTK_WIDGET (ch_review_card_get_idea_list (card)),
                                   CH_TYPE_REVIEW_IDEA_ROW);
}

static ChReviewIdeaRow *
find_idea_row (Fixture *f,
               ChIdea  *idea)
{
  g_autoptr(GPtrArray) cards = get_cards (f);

  for (guint i = 0; i < cards->len; i++)
    {
      g_autoptr(GPtrArray) rows = get_idea_rows (cards->pdata[i]);

      for (guint j = 0; j < rows->len; j++)
        if (ch_review_idea_row_get_idea (rows->pdata[j]) == idea)
          return rows->pdata[j];
    }

  g_assert_not_reached ();
}

static void
assert_card_order (Fixture *f,
                   ...)
{
  g_autoptr(GPtrArray) cards = get_cards (f);
  ChCluster *cluster;
  guint n = 0;
  va_list args;

  va_start (args, f);
  while ((cluster = va_arg (args, ChCluster *)) != NULL)
    {
      g_assert_cmpuint (n, <, cards->len);
      g_assert_true (ch_review_rank_get_cluster (ch_review_card_get_rank (cards->pdata[n])) ==
                     cluster);
      n++;
    }
  va_end (args);

  g_assert_cmpuint (n, ==, cards->len);
}

/* Nothing to review until there is a cluster, or an idea in none with
 * dots; then the page shows it. */
static void
test_empty_state (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) cards = NULL;
  ChIdea *loose;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_content_stack (f)), ==, "empty");

  loose = add_idea (f, "Loose idea", NULL, 0);
  ch_ui_test_run_pending ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_content_stack (f)), ==, "empty");

  set_dots (f, loose, 2);
  ch_ui_test_run_pending ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_content_stack (f)), ==, "review");
  cards = get_cards (f);
  g_assert_cmpuint (cards->len, ==, 1);
  g_assert_null (ch_review_rank_get_cluster (ch_review_card_get_rank (cards->pdata[0])));
  g_assert_cmpstr (card_label (cards->pdata[0], "name_label"), ==, "Unsorted");
  g_assert_cmpstr (card_label (cards->pdata[0], "detail_label"), ==, "1 idea in no cluster has dots");
  g_assert_false (gtk_widget_get_visible (TEMPLATE_CHILD (cards->pdata[0], CH_TYPE_REVIEW_CARD,
                                                          "rank_label")));
}

/* Clusters come most dots first; those with as many share a rank (1, 2,
 * 2, 4) in the board's order, and say so; a change of dots ranks them
 * again. */
static void
test_ranks_with_ties (Fixture       *f,
                      gconstpointer  data)
{
  ChCluster *a = add_cluster (f, "Alpha");
  ChCluster *b = add_cluster (f, "Bravo");
  ChCluster *c = add_cluster (f, "Charlie");
  ChCluster *d = add_cluster (f, "Delta");
  ChIdea *charlie_idea;
  ChReviewCard *card;

  add_idea (f, "A1", a, 2);
  add_idea (f, "A2", a, 1);
  add_idea (f, "B1", b, 5);
  charlie_idea = add_idea (f, "C1", c, 3);
  add_idea (f, "D1", d, 0);
  ch_ui_test_run_pending ();

  assert_card_order (f, b, a, c, d, NULL);
  g_assert_cmpstr (card_label (find_card (f, b), "rank_label"), ==, "1");
  g_assert_cmpstr (card_label (find_card (f, a), "rank_label"), ==, "2");
  g_assert_cmpstr (card_label (find_card (f, c), "rank_label"), ==, "2");
  g_assert_cmpstr (card_label (find_card (f, d), "rank_label"), ==, "4");
  g_assert_cmpstr (card_label (find_card (f, a), "dots_label"), ==, "3 dots");
  g_assert_cmpstr (card_label (find_card (f, a), "detail_label"), ==, "2 ideas · shares rank 2");
  g_assert_cmpstr (card_label (find_card (f, b), "detail_label"), ==, "1 idea");
  g_assert_true (gtk_widget_has_css_class (TEMPLATE_CHILD (find_card (f, c), CH_TYPE_REVIEW_CARD,
                                                           "rank_label"), "tied"));
  g_assert_false (gtk_widget_has_css_class (TEMPLATE_CHILD (find_card (f, b), CH_TYPE_REVIEW_CARD,
                                                            "rank_label"), "tied"));
  ch_ui_test_assert_accessible_label (find_card (f, c), "Rank 2, shared: Charlie, 3 dots, 1 idea");
  ch_ui_test_assert_accessible_label (find_card (f, b), "Rank 1: Bravo, 5 dots, 1 idea");

  /* Charlie overtakes: the cards move, the tie is gone. */
  card = find_card (f, a);
  set_dots (f, charlie_idea, 9);
  ch_ui_test_run_pending ();
  assert_card_order (f, c, b, a, d, NULL);
  g_assert_cmpstr (card_label (find_card (f, c), "rank_label"), ==, "1");
  g_assert_cmpstr (card_label (find_card (f, a), "rank_label"), ==, "3");
  g_assert_cmpstr (card_label (find_card (f, a), "detail_label"), ==, "2 ideas");
  /* A card that kept its cluster is the same card. */
  g_assert_true (find_card (f, a) == card);
}

/* A card shows its cluster's top five ideas, most dots first, and says
 * how many more there are; the personas they serve, most served first. */
static void
test_top_ideas_and_personas (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  ChCluster *cluster = add_cluster (f, "Payments");
  ChPersona *parent = ch_project_add_persona (f->project, "Busy parent", &error);
  ChPersona *buyer = ch_project_add_persona (f->project, "Business buyer", &error);
  const char *for_parent[] = { ch_entity_get_id (CH_ENTITY (parent)), NULL };
  const char *for_both[] = { ch_entity_get_id (CH_ENTITY (buyer)),
                             ch_entity_get_id (CH_ENTITY (parent)), NULL };
  ChIdea *ideas[7];
  ChReviewCard *card;
  const char *personas;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (ideas); i++)
    {
      g_autofree char *title = g_strdup_printf ("Idea %u", i);

      /* 0, 1, 2… dots: the last ones first. */
      ideas[i] = add_idea (f, title, cluster, i);
    }
  ch_project_update (f->project, CH_ENTITY (ideas[0]), &error, "personas", for_both, NULL);
  g_assert_no_error (error);
  ch_project_update (f->project, CH_ENTITY (ideas[1]), &error, "personas", for_parent, NULL);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();

  card = find_card (f, cluster);
  rows = get_idea_rows (card);
  g_assert_cmpuint (rows->len, ==, 5);
  for (guint i = 0; i < rows->len; i++)
    g_assert_true (ch_review_idea_row_get_idea (rows->pdata[i]) == ideas[6 - i]);
  g_assert_cmpstr (card_label (card, "ideas_heading"), ==, "Top Ideas");
  g_assert_cmpstr (card_label (card, "more_label"), ==, "2 more ideas, with fewer dots");
  g_assert_cmpstr (adw_action_row_get_subtitle (rows->pdata[0]), ==, "6 dots");
  ch_ui_test_assert_accessible_label (rows->pdata[0], "Idea 6, 6 dots, New");

  personas = card_label (card, "personas_label");
  g_assert_nonnull (strstr (personas, "Busy parent"));
  g_assert_true (strstr (personas, "Busy parent") < strstr (personas, "Business buyer"));
  ch_ui_test_assert_accessible_label (TEMPLATE_CHILD (card, CH_TYPE_REVIEW_CARD, "personas_label"),
                           "Personas served: Busy parent, Business buyer");

  /* A persona renamed is renamed on the card. */
  ch_project_update (f->project, CH_ENTITY (buyer), &error, "name", "Office buyer", NULL);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  g_assert_nonnull (strstr (card_label (card, "personas_label"), "Office buyer"));
}

/* Typing a summary commits each change to the file at once, as one undo
 * step for the run of typing. */
static void
test_summary_reaches_file (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) reopened = NULL;
  ChCluster *cluster = add_cluster (f, "Payments");
  g_autofree char *id = g_strdup (ch_entity_get_id (CH_ENTITY (cluster)));
  GtkTextBuffer *buffer;
  const char *typed = "Cards first";
  ChEntity *stored;

  ch_project_clear_history (f->project);
  ch_ui_test_run_pending ();

  buffer = gtk_text_view_get_buffer (ch_review_card_get_summary_view (find_card (f, cluster)));
  for (const char *p = typed; *p; p++)
    {
      gtk_text_buffer_insert_at_cursor (buffer, p, 1);
      g_assert_true (g_str_has_prefix (typed, ch_cluster_get_summary (cluster)));
      g_assert_cmpuint (strlen (ch_cluster_get_summary (cluster)), ==, p - typed + 1);
    }
  ch_ui_test_run_pending ();
  g_assert_cmpstr (ch_cluster_get_summary (cluster), ==, "Cards first");

  /* One step undoes the typing, and the card shows it. */
  ch_project_undo (f->project, &error);
  g_assert_no_error (error);
  g_assert_null (ch_cluster_get_summary (cluster));
  g_assert_false (ch_project_get_can_undo (f->project));
  ch_ui_test_run_pending ();
  {
    g_autofree char *shown = NULL;
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, "");
  }

  ch_project_redo (f->project, &error);
  g_assert_no_error (error);

  /* In the file. */
  ch_review_page_set_project (f->page, NULL);
  ch_project_close (f->project);
  g_clear_object (&f->project);
  reopened = ch_project_open (f->path, &error);
  g_assert_no_error (error);
  stored = ch_project_lookup (reopened, CH_TYPE_CLUSTER, id);
  g_assert_nonnull (stored);
  g_assert_cmpstr (ch_cluster_get_summary (CH_CLUSTER (stored)), ==, "Cards first");
  ch_project_close (reopened);
}

/* Two ideas selected in two clusters take Accept (its button, Alt+A) as
 * one step, which one undo takes back. */
static void
test_accept_selection (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChCluster *a = add_cluster (f, "Alpha");
  ChCluster *b = add_cluster (f, "Bravo");
  ChIdea *one = add_idea (f, "One", a, 2);
  ChIdea *two = add_idea (f, "Two", b, 1);
  ChIdea *other = add_idea (f, "Other", a, 1);
  GtkLabel *selection_label = TEMPLATE_CHILD (f->page, CH_TYPE_REVIEW_PAGE, "selection_label");
  GtkWidget *accept_button = TEMPLATE_CHILD (f->page, CH_TYPE_REVIEW_PAGE, "accept_button");
  g_autoptr(GPtrArray) selection = NULL;

  ch_project_update (f->project, CH_ENTITY (two), &error,
                     "status", CH_IDEA_STATUS_SHORTLISTED, NULL);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();

  /* Selected as the keyboard does: Space on the rows' check boxes. */
  gtk_widget_activate (TEMPLATE_CHILD (find_idea_row (f, one), CH_TYPE_REVIEW_IDEA_ROW,
                                       "select_button"));
  gtk_widget_activate (TEMPLATE_CHILD (find_idea_row (f, two), CH_TYPE_REVIEW_IDEA_ROW,
                                       "select_button"));
  g_assert_cmpstr (gtk_label_get_label (selection_label), ==, "2 ideas selected");
  selection = ch_review_page_get_selection (f->page);
  g_assert_cmpuint (selection->len, ==, 2);

  /* Alt+A: the button's mnemonic. */
  g_assert_true (gtk_widget_mnemonic_activate (accept_button, FALSE));
  WAIT_UNTIL (ch_idea_get_status (one) == CH_IDEA_STATUS_ACCEPTED);
  ch_ui_test_run_pending ();

  g_assert_cmpint (ch_idea_get_status (one), ==, CH_IDEA_STATUS_ACCEPTED);
  g_assert_cmpint (ch_idea_get_status (two), ==, CH_IDEA_STATUS_ACCEPTED);
  g_assert_cmpint (ch_idea_get_status (other), ==, CH_IDEA_STATUS_NEW);
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Accept 2 ideas");
  /* The rows show it. */
  g_assert_cmpuint (gtk_drop_down_get_selected (TEMPLATE_CHILD (find_idea_row (f, two),
                                                                CH_TYPE_REVIEW_IDEA_ROW,
                                                                "status_drop_down")),
                    ==, CH_IDEA_STATUS_ACCEPTED);

  ch_project_undo (f->project, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ch_idea_get_status (one), ==, CH_IDEA_STATUS_NEW);
  g_assert_cmpint (ch_idea_get_status (two), ==, CH_IDEA_STATUS_SHORTLISTED);
  ch_ui_test_run_pending ();
  g_assert_cmpuint (gtk_drop_down_get_selected (TEMPLATE_CHILD (find_idea_row (f, two),
                                                                CH_TYPE_REVIEW_IDEA_ROW,
                                                                "status_drop_down")),
                    ==, CH_IDEA_STATUS_SHORTLISTED);

  /* Escape clears the selection. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "review.clear-selection", NULL);
  g_clear_pointer (&selection, g_ptr_array_unref);
  selection = ch_review_page_get_selection (f->page);
  g_assert_cmpuint (selection->len, ==, 0);
  g_assert_false (ch_review_idea_row_get_selected (find_idea_row (f, one)));
  g_assert_cmpstr (gtk_label_get_label (selection_label), ==,
                   "Select ideas to decide on several at once");
}

/* With nothing selected, a decision goes to the idea in focus; its
 * drop-down decides on it alone. */
static void
test_decide_one (Fixture       *f,
                 gconstpointer  data)
{
  ChCluster *a = add_cluster (f, "Alpha");
  ChIdea *one = add_idea (f, "One", a, 2);
  ChIdea *two = add_idea (f, "Two", a, 1);
  GtkDropDown *drop_down;

  ch_ui_test_run_pending ();

  drop_down = TEMPLATE_CHILD (find_idea_row (f, two), CH_TYPE_REVIEW_IDEA_ROW,
                              "status_drop_down");
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (drop_down)));
  gtk_widget_activate_action (GTK_WIDGET (f->page), "review.decide", "s", "parked");
  g_assert_cmpint (ch_idea_get_status (two), ==, CH_IDEA_STATUS_PARKED);
  g_assert_cmpint (ch_idea_get_status (one), ==, CH_IDEA_STATUS_NEW);

  gtk_drop_down_set_selected (TEMPLATE_CHILD (find_idea_row (f, one), CH_TYPE_REVIEW_IDEA_ROW,
                                              "status_drop_down"),
                              CH_IDEA_STATUS_DONE);
  g_assert_cmpint (ch_idea_get_status (one), ==, CH_IDEA_STATUS_DONE);
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Mark “One” as done");
  g_assert_cmpint (ch_idea_get_status (two), ==, CH_IDEA_STATUS_PARKED);
  ch_ui_test_assert_accessible_label (TEMPLATE_CHILD (find_idea_row (f, one), CH_TYPE_REVIEW_IDEA_ROW,
                                           "status_drop_down"),
                           "Status of “One”");
}

/* A page not shown works nothing out; shown again, it is up to date. */
static void
test_lazy_when_hidden (Fixture       *f,
                       gconstpointer  data)
{
  ChCluster *a = add_cluster (f, "Alpha");
  ChCluster *b = add_cluster (f, "Bravo");
  ChIdea *bravo_idea;

  add_idea (f, "A1", a, 2);
  bravo_idea = add_idea (f, "B1", b, 1);
  ch_ui_test_run_pending ();
  assert_card_order (f, a, b, NULL);

  gtk_widget_set_visible (GTK_WIDGET (f->page), FALSE);
  ch_ui_test_run_pending ();
  set_dots (f, bravo_idea, 5);
  ch_ui_test_run_pending ();
  assert_card_order (f, a, b, NULL);

  gtk_widget_set_visible (GTK_WIDGET (f->page), TRUE);
  ch_ui_test_run_pending ();
  assert_card_order (f, b, a, NULL);
}

/* With one session chosen, the page ranks the clusters that hold ideas
 * of that session, by those ideas' dots, and shows only them; "All
 * Sessions" ranks all again. */
static void
test_session_filter (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  ChSession *morning = ch_project_add_session (f->project, "Morning", "2026-11-02", &error);
  ChCluster *a = add_cluster (f, "Alpha");
  ChCluster *b = add_cluster (f, "Bravo");
  ChCluster *c = add_cluster (f, "Charlie");
  ChIdea *a1 = add_idea (f, "A1", a, 1);
  ChIdea *a2 = add_idea (f, "A2", a, 4);
  ChIdea *b1 = add_idea (f, "B1", b, 3);
  ChIdea *loose = add_idea (f, "Loose", NULL, 2);
  const char *id = ch_entity_get_id (CH_ENTITY (morning));

  g_assert_no_error (error);
  add_idea (f, "C1", c, 9);
  ch_project_update (f->project, CH_ENTITY (a1), &error, "session-id", id, NULL);
  ch_project_update (f->project, CH_ENTITY (b1), &error, "session-id", id, NULL);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  /* Then Unsorted, for the loose idea's dots. */
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = get_cards (f);
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_true (rows->pdata[3] == find_unsorted_card (f));
  g_assert_false (loose == a2);

  ch_ui_test_choose_session (GTK_WIDGET (f->page), CH_TYPE_REVIEW_PAGE, morning);
  g_assert_cmpstr (ch_review_page_get_session_id (f->page), ==, id);
  assert_card_order (f, b, a, NULL);
  g_assert_cmpstr (card_label (find_card (f, a), "dots_label"), ==, "1 dot");
  g_assert_cmpstr (card_label (find_card (f, a), "rank_label"), ==, "2");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = get_idea_rows (find_card (f, a));
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_true (ch_review_idea_row_get_idea (rows->pdata[0]) == a1);

  /* An idea that joins the session is counted. */
  ch_project_update (f->project, CH_ENTITY (a2), &error, "session-id", id, NULL);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  assert_card_order (f, a, b, NULL);
  g_assert_cmpstr (card_label (find_card (f, a), "dots_label"), ==, "5 dots");

  ch_ui_test_choose_session (GTK_WIDGET (f->page), CH_TYPE_REVIEW_PAGE, NULL);
  g_assert_null (ch_review_page_get_session_id (f->page));
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = get_cards (f);
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_true (ch_review_rank_get_cluster (ch_review_card_get_rank (rows->pdata[0])) == c);
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

  g_test_add ("/ch/review/empty-state", Fixture, NULL,
              fixture_set_up, test_empty_state, fixture_tear_down);
  g_test_add ("/ch/review/ranks-with-ties", Fixture, NULL,
              fixture_set_up, test_ranks_with_ties, fixture_tear_down);
  g_test_add ("/ch/review/top-ideas-and-personas", Fixture, NULL,
              fixture_set_up, test_top_ideas_and_personas, fixture_tear_down);
  g_test_add ("/ch/review/summary-reaches-file", Fixture, NULL,
              fixture_set_up, test_summary_reaches_file, fixture_tear_down);
  g_test_add ("/ch/review/accept-selection", Fixture, NULL,
              fixture_set_up, test_accept_selection, fixture_tear_down);
  g_test_add ("/ch/review/decide-one", Fixture, NULL,
              fixture_set_up, test_decide_one, fixture_tear_down);
  g_test_add ("/ch/review/session-filter", Fixture, NULL,
              fixture_set_up, test_session_filter, fixture_tear_down);
  g_test_add ("/ch/review/lazy-when-hidden", Fixture, NULL,
              fixture_set_up, test_lazy_when_hidden, fixture_tear_down);

  status = g_test_run ();

  ch_test_dir_free (g_steal_pointer (&data_home));

  return status;
}
