/* test-board.c: the affinity board and dot voting, as a facilitator uses them
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ch-board-chooser.h"
#include "ch-board-column.h"
#include "ch-board-page.h"
#include "ch-idea-card.h"
#include "ch-test-helpers.h"
#include "ch-ui-test-helpers.h"

typedef struct
{
  char        *dir;
  char        *path;
  ChProject   *project;
  GtkWindow   *window;
  ChBoardPage *page;
  ChCluster   *payment;
  ChCluster   *delivery;
  ChIdea      *unsorted[4];
  ChIdea      *paying[2];
} Fixture;

static ChIdea *
add_idea (Fixture    *fixture,
          const char *title,
          ChCluster  *cluster)
{
  g_autoptr(GError) error = NULL;
  ChIdea *idea;

  idea = ch_project_add_idea (fixture->project, title, &error);
  g_assert_no_error (error);
  if (cluster != NULL)
    {
      ch_project_move_ideas (fixture->project, &idea, 1, cluster, -1, &error);
      g_assert_no_error (error);
    }

  return idea;
}

static ChCluster *
add_cluster (Fixture    *fixture,
             const char *name,
             const char *color)
{
  g_autoptr(GError) error = NULL;
  ChCluster *cluster;

  cluster = ch_project_create_cluster_from (fixture->project, name, color, NULL, 0, &error);
  g_assert_no_error (error);

  return cluster;
}

/* Unsorted holds four ideas, "Payment friction" two, "Delivery" none. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = ch_test_dir_new ();
  fixture->path = g_build_filename (fixture->dir, "board.charrette", NULL);
  fixture->project = ch_project_create (fixture->path, "Clustering", &error);
  g_assert_no_error (error);

  if (data == NULL)
    {
      fixture->payment = add_cluster (fixture, "Payment friction", "#f6d32d");
      fixture->delivery = add_cluster (fixture, "Delivery", "#99c1f1");
      fixture->unsorted[0] = add_idea (fixture, "Guest checkout", NULL);
      fixture->unsorted[1] = add_idea (fixture, "Bigger buttons", NULL);
      fixture->unsorted[2] = add_idea (fixture, "Pay by invoice", NULL);
      fixture->unsorted[3] = add_idea (fixture, "Gift message", NULL);
      fixture->paying[0] = add_idea (fixture, "Remember the card", fixture->payment);
      fixture->paying[1] = add_idea (fixture, "Pay with the phone", fixture->payment);
    }

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 760);
  fixture->page = g_object_new (CH_TYPE_BOARD_PAGE, NULL);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  ch_board_page_set_project (fixture->page, fixture->project);
  ch_ui_test_run_pending ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  ch_ui_test_run_pending ();

  ch_project_close (fixture->project);
  g_clear_object (&fixture->project);
  g_clear_pointer (&fixture->path, g_free);
  ch_test_dir_free (g_steal_pointer (&fixture->dir));
}

/* The columns of the board, Unsorted first, in the order shown. */
static GPtrArray *
list_columns (Fixture *fixture)
{
  GtkWidget *box = TEMPLATE_CHILD (fixture->page, CH_TYPE_BOARD_PAGE, "columns_box");
  GPtrArray *columns = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (CH_IS_BOARD_COLUMN (child))
      g_ptr_array_add (columns, child);

  return columns;
}

static guint
count_columns (Fixture *fixture)
{
  g_autoptr(GPtrArray) columns = list_columns (fixture);

  return columns->len;
}

static ChBoardColumn *
find_column (Fixture   *fixture,
             ChCluster *cluster)
{
  g_autoptr(GPtrArray) columns = list_columns (fixture);

  for (guint i = 0; i < columns->len; i++)
    if (ch_board_column_get_cluster (columns->pdata[i]) == cluster)
      return columns->pdata[i];

  g_error ("No column for %s", cluster ? ch_cluster_get_name (cluster) : "Unsorted");
}

/* What the header of @cluster's column says: "2 ideas". */
static const char *
shown_count (Fixture   *fixture,
             ChCluster *cluster)
{
  GtkLabel *label = TEMPLATE_CHILD (find_column (fixture, cluster), CH_TYPE_BOARD_COLUMN,
                                    "count_label");

  return gtk_label_get_label (label);
}

static const char *
shown_name (ChBoardColumn *column)
{
  return gtk_label_get_label (TEMPLATE_CHILD (column, CH_TYPE_BOARD_COLUMN, "name_label"));
}

static void
assert_in (ChIdea    *idea,
           ChCluster *cluster)
{
  g_assert_cmpstr (ch_idea_get_cluster_id (idea), ==,
                   cluster ? ch_entity_get_id (CH_ENTITY (cluster)) : NULL);
}

static ChIdeaCard *
lookup_card (Fixture   *fixture,
             ChCluster *cluster,
             ChIdea    *idea)
{
  GtkWidget *list_view = TEMPLATE_CHILD (find_column (fixture, cluster), CH_TYPE_BOARD_COLUMN,
                                         "list_view");

  for (GtkWidget *row = gtk_widget_get_first_child (list_view);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *card = gtk_widget_get_first_child (row);

      if (CH_IS_IDEA_CARD (card) && ch_idea_card_get_idea (CH_IDEA_CARD (card)) == idea)
        return CH_IDEA_CARD (card);
    }

  return NULL;
}

/* The card that shows @idea in its column, once the column is laid out;
 * fails when none does. */
static ChIdeaCard *
find_card (Fixture   *fixture,
           ChCluster *cluster,
           ChIdea    *idea)
{
  ChIdeaCard *card;

  WAIT_UNTIL ((card = lookup_card (fixture, cluster, idea)) != NULL);

  return card;
}

static GtkLabel *
card_label (ChIdeaCard *card,
            const char *name)
{
  return TEMPLATE_CHILD (card, CH_TYPE_IDEA_CARD, name);
}

static GtkWidget *
find_entry (GtkWidget *widget)
{
  if (GTK_IS_ENTRY (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_entry (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The popover that asks for a cluster's name, under its column's header,
 * and its entry. */
static GtkPopover *
find_rename_popover (ChBoardColumn  *column,
                     GtkEditable   **entry)
{
  GtkWidget *header = TEMPLATE_CHILD (column, CH_TYPE_BOARD_COLUMN, "header");

  for (GtkWidget *child = gtk_widget_get_first_child (header);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child) && find_entry (child) != NULL)
      {
        *entry = GTK_EDITABLE (find_entry (child));
        return GTK_POPOVER (child);
      }

  g_error ("No rename popover on %s", shown_name (column));
}

static void
select_ideas (ChBoardColumn *column,
              ChIdea       **ideas,
              guint          n_ideas)
{
  ch_board_column_select_ideas (column, ideas, n_ideas);
  ch_ui_test_run_pending ();
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }

  g_error ("No drop target on %s", G_OBJECT_TYPE_NAME (widget));
}

/* What dropping @ideas at (@x, @y) on @widget does, through its drop
 * target, as the drag of a card would. */
static gboolean
drop (Fixture   *fixture,
      GtkWidget *widget,
      ChIdea   **ideas,
      guint      n_ideas,
      double     x,
      double     y)
{
  g_autoptr(ChDraggedIdeas) dragged = ch_dragged_ideas_new (fixture->project, ideas, n_ideas);
  g_auto(GValue) value = G_VALUE_INIT;
  GtkDropTarget *target = find_drop_target (widget);
  gboolean accepted = FALSE;

  g_value_init (&value, CH_TYPE_DRAGGED_IDEAS);
  g_value_set_boxed (&value, dragged);

  /* The formats it takes are what the cards give. */
  g_assert_true (gdk_content_formats_contain_gtype (gtk_drop_target_get_formats (target),
                                                    CH_TYPE_DRAGGED_IDEAS));
  g_signal_emit_by_name (target, "drop", &value, x, y, &accepted);
  ch_ui_test_run_pending ();

  return accepted;
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  GtkStack *stack = GTK_STACK (adw_bin_get_child (ADW_BIN (fixture->page)));
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  /* The first idea waits in Unsorted, the only column. */
  ch_project_add_idea (fixture->project, "Guest checkout", &error);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "board");
  columns = list_columns (fixture);
  g_assert_cmpuint (columns->len, ==, 1);
  g_assert_cmpstr (shown_name (columns->pdata[0]), ==, "Unsorted");
  g_assert_cmpstr (shown_count (fixture, NULL), ==, "1 idea");
}

static void
test_columns (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) columns = list_columns (fixture);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (columns->len, ==, 3);
  g_assert_cmpstr (shown_name (columns->pdata[0]), ==, "Unsorted");
  g_assert_cmpstr (shown_name (columns->pdata[1]), ==, "Payment friction");
  g_assert_cmpstr (shown_name (columns->pdata[2]), ==, "Delivery");
  g_assert_cmpstr (shown_count (fixture, NULL), ==, "4 ideas");
  g_assert_cmpstr (shown_count (fixture, fixture->payment), ==, "2 ideas");
  g_assert_cmpstr (shown_count (fixture, fixture->delivery), ==, "0 ideas");
  g_assert_true (gtk_widget_has_css_class (columns->pdata[1], "board-color-f6d32d"));

  /* The cards are on screen, with their titles. */
  g_assert_cmpstr (gtk_label_get_label (card_label (find_card (fixture, fixture->payment,
                                                               fixture->paying[1]),
                                                    "title_label")),
                   ==, "Pay with the phone");

  /* Renamed, recoloured, moved: the columns follow. */
  ch_project_update (fixture->project, CH_ENTITY (fixture->delivery), &error,
                     "name", "Delivery surprises", "color", "#8ff0a4", NULL);
  g_assert_no_error (error);
  ch_project_move_cluster (fixture->project, fixture->delivery, 0, &error);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();

  g_clear_pointer (&columns, g_ptr_array_unref);
  columns = list_columns (fixture);
  g_assert_cmpstr (shown_name (columns->pdata[1]), ==, "Delivery surprises");
  g_assert_true (gtk_widget_has_css_class (columns->pdata[1], "board-color-8ff0a4"));
  g_assert_false (gtk_widget_has_css_class (columns->pdata[1], "board-color-99c1f1"));
  g_assert_cmpstr (shown_name (columns->pdata[2]), ==, "Payment friction");

  /* Alt+Left on a column moves it back. */
  ch_ui_test_press (columns->pdata[2], "<Alt>Left");
  g_assert_cmpint (ch_cluster_get_position (fixture->payment), ==, 0);
  g_clear_pointer (&columns, g_ptr_array_unref);
  columns = list_columns (fixture);
  g_assert_cmpstr (shown_name (columns->pdata[1]), ==, "Payment friction");
}

/* Ctrl+M, a few letters of the cluster's name, Enter. */
static void
test_move_by_keyboard (Fixture       *fixture,
                       gconstpointer  data)
{
  ChBoardColumn *unsorted = find_column (fixture, NULL);
  ChBoardColumn *payment = find_column (fixture, fixture->payment);
  ChBoardChooser *chooser = TEMPLATE_CHILD (fixture->page, CH_TYPE_BOARD_PAGE, "move_chooser");
  GtkEditable *search = TEMPLATE_CHILD (chooser, CH_TYPE_BOARD_CHOOSER, "search_entry");
  GListModel *matches = TEMPLATE_CHILD (chooser, CH_TYPE_BOARD_CHOOSER, "selection");
  ChIdea *chosen[] = { fixture->unsorted[1], fixture->unsorted[3] };
  g_autoptr(GPtrArray) selected = NULL;

  select_ideas (unsorted, chosen, G_N_ELEMENTS (chosen));
  ch_ui_test_press (GTK_WIDGET (fixture->page), "<Control>m");
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (chooser)));

  /* Unsorted and both clusters, then only what matches. */
  g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 3);
  gtk_editable_set_text (search, "PAYM");
  WAIT_UNTIL (g_list_model_get_n_items (matches) == 1);
  g_signal_emit_by_name (search, "activate");
  ch_ui_test_run_pending ();

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (chooser)));
  assert_in (fixture->unsorted[1], fixture->payment);
  assert_in (fixture->unsorted[3], fixture->payment);
  assert_in (fixture->unsorted[0], NULL);
  g_assert_cmpstr (shown_count (fixture, NULL), ==, "2 ideas");
  g_assert_cmpstr (shown_count (fixture, fixture->payment), ==, "4 ideas");

  /* They stay selected where they went, for the next move. */
  selected = ch_board_column_list_selected (payment);
  g_assert_cmpuint (selected->len, ==, 2);
  g_assert_true (selected->pdata[0] == fixture->unsorted[1]);
  g_assert_true (selected->pdata[1] == fixture->unsorted[3]);
  find_card (fixture, fixture->payment, fixture->unsorted[3]);

  /* Ctrl+M again, "uns", Enter: back to Unsorted. */
  ch_ui_test_press (GTK_WIDGET (fixture->page), "<Control>m");
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (chooser)));
  gtk_editable_set_text (search, "uns");
  g_signal_emit_by_name (search, "activate");
  ch_ui_test_run_pending ();
  assert_in (fixture->unsorted[1], NULL);
  g_assert_cmpstr (shown_count (fixture, NULL), ==, "4 ideas");
  g_assert_cmpstr (shown_count (fixture, fixture->payment), ==, "2 ideas");
}

/* Ctrl+G makes a cluster of the selection and asks for its name. */
static void
test_new_cluster_by_keyboard (Fixture       *fixture,
                              gconstpointer  data)
{
  ChBoardColumn *unsorted = find_column (fixture, NULL);
  ChIdea *chosen[] = { fixture->unsorted[0], fixture->unsorted[2] };
  GListModel *clusters = ch_project_get_clusters (fixture->project);
  g_autoptr(ChCluster) cluster = NULL;
  g_autoptr(GPtrArray) columns = NULL;
  ChBoardColumn *column;
  GtkPopover *rename;
  GtkEditable *entry;

  select_ideas (unsorted, chosen, G_N_ELEMENTS (chosen));
  ch_ui_test_press (GTK_WIDGET (fixture->page), "<Control>g");

  g_assert_cmpuint (g_list_model_get_n_items (clusters), ==, 3);
  cluster = g_list_model_get_item (clusters, 2);
  assert_in (fixture->unsorted[0], cluster);
  assert_in (fixture->unsorted[2], cluster);

  columns = list_columns (fixture);
  g_assert_cmpuint (columns->len, ==, 4);
  column = columns->pdata[3];
  g_assert_true (ch_board_column_get_cluster (column) == cluster);
  g_assert_cmpstr (shown_name (column), ==, "New cluster");
  g_assert_cmpstr (shown_count (fixture, cluster), ==, "2 ideas");

  /* The name is asked for at once. */
  rename = find_rename_popover (column, &entry);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (rename)));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "New cluster");
  gtk_editable_set_text (entry, "Accounts");
  g_signal_emit_by_name (entry, "activate");
  ch_ui_test_run_pending ();
  g_assert_cmpstr (ch_cluster_get_name (cluster), ==, "Accounts");
  g_assert_cmpstr (shown_name (column), ==, "Accounts");

  /* F2 asks again. */
  gtk_popover_popdown (rename);
  ch_ui_test_run_pending ();
  ch_ui_test_press (GTK_WIDGET (column), "F2");
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (rename)));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Accounts");
  gtk_popover_popdown (rename);
}

/* A card dropped on a column goes there: on the header, first. */
static void
test_drop_on_column (Fixture       *fixture,
                     gconstpointer  data)
{
  ChBoardColumn *payment = find_column (fixture, fixture->payment);
  ChBoardColumn *delivery = find_column (fixture, fixture->delivery);
  GListModel *paying = ch_project_get_cluster_ideas (fixture->project, fixture->payment);
  g_autoptr(ChIdea) first = NULL;
  ChIdea *two[] = { fixture->unsorted[0], fixture->unsorted[2] };

  g_assert_true (drop (fixture, GTK_WIDGET (delivery), &fixture->unsorted[1], 1,
                       CH_BOARD_COLUMN_WIDTH / 2, 400));
  assert_in (fixture->unsorted[1], fixture->delivery);
  g_assert_cmpstr (shown_count (fixture, fixture->delivery), ==, "1 idea");
  g_assert_cmpstr (shown_count (fixture, NULL), ==, "3 ideas");
  find_card (fixture, fixture->delivery, fixture->unsorted[1]);

  /* Two cards on the header of Payment friction: before its own. */
  g_assert_true (drop (fixture, GTK_WIDGET (payment), two, G_N_ELEMENTS (two),
                       CH_BOARD_COLUMN_WIDTH / 2, 10));
  g_assert_cmpstr (shown_count (fixture, fixture->payment), ==, "4 ideas");
  first = g_list_model_get_item (paying, 0);
  g_assert_true (first == fixture->unsorted[0]);

  /* On the lower half of a card: after it; on its upper half: before. */
  {
    GListModel *delivering = ch_project_get_cluster_ideas (fixture->project, fixture->delivery);
    GtkWidget *row = gtk_widget_get_parent (GTK_WIDGET (find_card (fixture, fixture->delivery,
                                                                   fixture->unsorted[1])));
    g_autoptr(ChIdea) second = NULL;
    g_autoptr(ChIdea) top = NULL;
    graphene_rect_t bounds;

    g_assert_true (gtk_widget_compute_bounds (row, GTK_WIDGET (delivery), &bounds));
    g_assert_true (drop (fixture, GTK_WIDGET (delivery), &fixture->paying[1], 1,
                         CH_BOARD_COLUMN_WIDTH / 2,
                         bounds.origin.y + bounds.size.height * 3 / 4));
    g_assert_cmpuint (g_list_model_get_n_items (delivering), ==, 2);
    second = g_list_model_get_item (delivering, 1);
    g_assert_true (second == fixture->paying[1]);

    row = gtk_widget_get_parent (GTK_WIDGET (find_card (fixture, fixture->delivery,
                                                        fixture->unsorted[1])));
    g_assert_true (gtk_widget_compute_bounds (row, GTK_WIDGET (delivery), &bounds));
    g_assert_true (drop (fixture, GTK_WIDGET (delivery), &fixture->paying[1], 1,
                         CH_BOARD_COLUMN_WIDTH / 2,
                         bounds.origin.y + bounds.size.height / 4));
    top = g_list_model_get_item (delivering, 0);
    g_assert_true (top == fixture->paying[1]);
    g_assert_cmpstr (shown_count (fixture, fixture->delivery), ==, "2 ideas");
    g_assert_cmpstr (shown_count (fixture, fixture->payment), ==, "3 ideas");
  }

  /* What another project's cards would be is refused. */
  {
    g_autofree char *other_path = g_build_filename (fixture->dir, "other.charrette", NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(ChProject) other = ch_project_create (other_path, "Other", &error);
    g_autoptr(ChDraggedIdeas) dragged = NULL;
    g_auto(GValue) value = G_VALUE_INIT;
    ChIdea *stranger;
    gboolean accepted = TRUE;

    g_assert_no_error (error);
    stranger = ch_project_add_idea (other, "Stranger", &error);
    g_assert_no_error (error);
    dragged = ch_dragged_ideas_new (other, &stranger, 1);
    g_value_init (&value, CH_TYPE_DRAGGED_IDEAS);
    g_value_set_boxed (&value, dragged);
    g_signal_emit_by_name (find_drop_target (GTK_WIDGET (delivery)), "drop", &value,
                           10.0, 400.0, &accepted);
    g_assert_false (accepted);
    g_assert_cmpstr (shown_count (fixture, fixture->delivery), ==, "2 ideas");
    ch_project_close (other);
  }
}

static GtkDragSource *
find_drag_source (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DRAG_SOURCE (controller))
        return GTK_DRAG_SOURCE (controller);
    }

  g_error ("No drag source on %s", G_OBJECT_TYPE_NAME (widget));
}

/* Dragging a selected card takes the selection along; what it carries
 * drops on another column. */
static void
test_drag_selection (Fixture       *fixture,
                     gconstpointer  data)
{
  ChBoardColumn *unsorted = find_column (fixture, NULL);
  ChBoardColumn *delivery = find_column (fixture, fixture->delivery);
  ChIdea *chosen[] = { fixture->unsorted[0], fixture->unsorted[3] };
  g_autoptr(GdkContentProvider) provider = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  ChDraggedIdeas *dragged;
  ChIdea **ideas;
  guint n_ideas;
  gboolean accepted = FALSE;

  select_ideas (unsorted, chosen, G_N_ELEMENTS (chosen));
  g_signal_emit_by_name (find_drag_source (GTK_WIDGET (find_card (fixture, NULL, chosen[1]))),
                         "prepare", 10.0, 10.0, &provider);
  g_assert_nonnull (provider);

  g_value_init (&value, CH_TYPE_DRAGGED_IDEAS);
  g_assert_true (gdk_content_provider_get_value (provider, &value, &error));
  g_assert_no_error (error);
  dragged = g_value_get_boxed (&value);
  ideas = ch_dragged_ideas_get_ideas (dragged, &n_ideas);
  g_assert_cmpuint (n_ideas, ==, 2);
  g_assert_true (ideas[0] == chosen[0]);
  g_assert_true (ideas[1] == chosen[1]);

  g_signal_emit_by_name (find_drop_target (GTK_WIDGET (delivery)), "drop", &value,
                         10.0, 400.0, &accepted);
  ch_ui_test_run_pending ();
  g_assert_true (accepted);
  assert_in (chosen[0], fixture->delivery);
  assert_in (chosen[1], fixture->delivery);
  g_assert_cmpstr (shown_count (fixture, fixture->delivery), ==, "2 ideas");
  g_assert_cmpstr (shown_count (fixture, NULL), ==, "2 ideas");

  /* A card not selected goes alone. */
  g_clear_object (&provider);
  g_signal_emit_by_name (find_drag_source (GTK_WIDGET (find_card (fixture, fixture->payment,
                                                                  fixture->paying[0]))),
                         "prepare", 10.0, 10.0, &provider);
  g_value_unset (&value);
  g_value_init (&value, CH_TYPE_DRAGGED_IDEAS);
  g_assert_true (gdk_content_provider_get_value (provider, &value, &error));
  ch_dragged_ideas_get_ideas (g_value_get_boxed (&value), &n_ideas);
  g_assert_cmpuint (n_ideas, ==, 1);
}

/* Cards dropped after the last column make a cluster of their own. */
static void
test_drop_new_cluster (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *zone = TEMPLATE_CHILD (fixture->page, CH_TYPE_BOARD_PAGE, "new_cluster_zone");
  GListModel *clusters = ch_project_get_clusters (fixture->project);
  ChIdea *two[] = { fixture->unsorted[3], fixture->paying[1] };
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(ChCluster) cluster = NULL;
  GtkEditable *entry;
  GtkPopover *rename;

  g_assert_true (drop (fixture, zone, two, G_N_ELEMENTS (two), 20, 20));

  g_assert_cmpuint (g_list_model_get_n_items (clusters), ==, 3);
  cluster = g_list_model_get_item (clusters, 2);
  g_assert_cmpstr (ch_cluster_get_name (cluster), ==, "New cluster");
  g_assert_nonnull (ch_cluster_get_color (cluster));
  assert_in (fixture->unsorted[3], cluster);
  assert_in (fixture->paying[1], cluster);

  columns = list_columns (fixture);
  g_assert_cmpuint (columns->len, ==, 4);
  g_assert_true (ch_board_column_get_cluster (columns->pdata[3]) == cluster);
  g_assert_cmpstr (shown_count (fixture, cluster), ==, "2 ideas");
  g_assert_cmpstr (shown_count (fixture, fixture->payment), ==, "1 idea");
  g_assert_cmpstr (shown_count (fixture, NULL), ==, "3 ideas");
  find_card (fixture, cluster, fixture->paying[1]);

  rename = find_rename_popover (columns->pdata[3], &entry);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "New cluster");
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (rename)));
  gtk_popover_popdown (rename);
}

/* Every move is one step: undone, the columns are as they were. */
static void
test_undo_move (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChIdea *three[] = { fixture->unsorted[0], fixture->unsorted[1], fixture->paying[0] };

  g_assert_true (ch_board_page_move_ideas (fixture->page, three, G_N_ELEMENTS (three),
                                           fixture->delivery, -1));
  ch_ui_test_run_pending ();
  g_assert_cmpstr (shown_count (fixture, fixture->delivery), ==, "3 ideas");
  g_assert_cmpstr (shown_count (fixture, fixture->payment), ==, "1 idea");
  g_assert_cmpstr (shown_count (fixture, NULL), ==, "2 ideas");

  ch_project_undo (fixture->project, &error);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  g_assert_cmpstr (shown_count (fixture, fixture->delivery), ==, "0 ideas");
  g_assert_cmpstr (shown_count (fixture, fixture->payment), ==, "2 ideas");
  g_assert_cmpstr (shown_count (fixture, NULL), ==, "4 ideas");
  find_card (fixture, NULL, fixture->unsorted[1]);
  find_card (fixture, fixture->payment, fixture->paying[0]);
}

/* Delete on a column's header: its ideas go back to Unsorted; undone,
 * the column is back with them. */
static void
test_delete_cluster (Fixture       *fixture,
                     gconstpointer  data)
{
  ChBoardColumn *payment = find_column (fixture, fixture->payment);
  GtkWidget *header = TEMPLATE_CHILD (payment, CH_TYPE_BOARD_COLUMN, "header");
  g_autofree char *id = g_strdup (ch_entity_get_id (CH_ENTITY (fixture->payment)));
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GError) error = NULL;
  ChCluster *restored;

  gtk_widget_grab_focus (header);
  ch_ui_test_press (header, "Delete|KP_Delete");
  g_assert_null (ch_project_lookup (fixture->project, CH_TYPE_CLUSTER, id));
  columns = list_columns (fixture);
  g_assert_cmpuint (columns->len, ==, 2);
  g_assert_cmpstr (shown_count (fixture, NULL), ==, "6 ideas");
  assert_in (fixture->paying[0], NULL);

  ch_project_undo (fixture->project, &error);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  g_clear_pointer (&columns, g_ptr_array_unref);
  columns = list_columns (fixture);
  g_assert_cmpuint (columns->len, ==, 3);
  g_assert_cmpstr (shown_name (columns->pdata[1]), ==, "Payment friction");
  restored = CH_CLUSTER (ch_project_lookup (fixture->project, CH_TYPE_CLUSTER, id));
  g_assert_true (ch_board_column_get_cluster (columns->pdata[1]) == restored);
  g_assert_cmpstr (shown_count (fixture, restored), ==, "2 ideas");
  g_assert_cmpstr (shown_count (fixture, NULL), ==, "4 ideas");
}

/* A popover under the header of @column: its chooser, or else the
 * popover with buttons (the colours). */
static GtkWidget *
find_header_popover (ChBoardColumn *column,
                     GType          type)
{
  GtkWidget *header = TEMPLATE_CHILD (column, CH_TYPE_BOARD_COLUMN, "header");

  for (GtkWidget *child = gtk_widget_get_first_child (header);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && gtk_widget_get_mapped (child))
      return child;

  g_error ("No %s shown on %s", g_type_name (type), shown_name (column));
}

/* "Merge Into…" and "Colour…" from a column's menu. */
static void
test_merge_and_recolor (Fixture       *fixture,
                        gconstpointer  data)
{
  ChBoardColumn *payment = find_column (fixture, fixture->payment);
  ChBoardColumn *delivery = find_column (fixture, fixture->delivery);
  g_autoptr(GPtrArray) swatches = g_ptr_array_new ();
  g_autoptr(GPtrArray) columns = NULL;
  GtkWidget *popover;
  GListModel *targets;
  GtkEditable *search;

  /* The colours: the cluster's own is pressed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (delivery), "column.recolor", NULL));
  WAIT_UNTIL ((popover = find_header_popover (delivery, GTK_TYPE_POPOVER)) != NULL);
  ch_ui_test_collect_widgets (popover, GTK_TYPE_TOGGLE_BUTTON, swatches);
  g_assert_cmpuint (swatches->len, ==, 8);
  for (guint i = 0; i < swatches->len; i++)
    {
      const char *color = g_object_get_data (swatches->pdata[i], "color");

      g_assert_cmpint (gtk_toggle_button_get_active (swatches->pdata[i]), ==,
                       g_str_equal (color, "#99c1f1"));
      if (g_str_equal (color, "#dc8add"))
        g_signal_emit_by_name (swatches->pdata[i], "clicked");
    }
  ch_ui_test_run_pending ();
  g_assert_cmpstr (ch_cluster_get_color (fixture->delivery), ==, "#dc8add");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (delivery), "board-color-dc8add"));
  g_assert_false (gtk_widget_get_visible (popover));

  /* Merging Payment friction into Delivery: neither itself nor Unsorted
   * is offered. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (payment), "column.merge", NULL));
  WAIT_UNTIL ((popover = find_header_popover (payment, CH_TYPE_BOARD_CHOOSER)) != NULL);
  targets = TEMPLATE_CHILD (popover, CH_TYPE_BOARD_CHOOSER, "selection");
  g_assert_cmpuint (g_list_model_get_n_items (targets), ==, 1);
  search = TEMPLATE_CHILD (popover, CH_TYPE_BOARD_CHOOSER, "search_entry");
  g_signal_emit_by_name (search, "activate");
  ch_ui_test_run_pending ();

  columns = list_columns (fixture);
  g_assert_cmpuint (columns->len, ==, 2);
  g_assert_true (ch_board_column_get_cluster (columns->pdata[1]) == fixture->delivery);
  g_assert_cmpstr (shown_count (fixture, fixture->delivery), ==, "2 ideas");
  assert_in (fixture->paying[0], fixture->delivery);
}

/* Alt+Up and Alt+Down move the chosen card in its column. */
static void
test_reorder (Fixture       *fixture,
              gconstpointer  data)
{
  ChBoardColumn *payment = find_column (fixture, fixture->payment);
  GListModel *paying = ch_project_get_cluster_ideas (fixture->project, fixture->payment);
  g_autoptr(ChIdea) first = NULL;
  g_autoptr(GPtrArray) selected = NULL;

  select_ideas (payment, &fixture->paying[1], 1);
  ch_ui_test_press (GTK_WIDGET (payment), "<Alt>Up");
  first = g_list_model_get_item (paying, 0);
  g_assert_true (first == fixture->paying[1]);
  selected = ch_board_column_list_selected (payment);
  g_assert_cmpuint (selected->len, ==, 1);
  g_assert_true (selected->pdata[0] == fixture->paying[1]);

  ch_ui_test_press (GTK_WIDGET (payment), "<Alt>Down");
  g_clear_object (&first);
  first = g_list_model_get_item (paying, 0);
  g_assert_true (first == fixture->paying[0]);
}

static void
set_session (Fixture   *fixture,
             ChIdea    *idea,
             ChSession *session)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ch_project_update (fixture->project, CH_ENTITY (idea), &error,
                                    "session-id", ch_entity_get_id (CH_ENTITY (session)),
                                    NULL));
  g_assert_no_error (error);
}

/* With one session chosen, each column shows that session's cards and
 * says how many of its ideas they are; a card moved with the keyboard
 * passes the next card shown, and one dropped goes before the card it
 * is dropped on, whatever hides between them. */
static void
test_session_filter (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *paying = ch_project_get_cluster_ideas (fixture->project, fixture->payment);
  ChSession *morning = ch_project_add_session (fixture->project, "Morning", "2026-11-02", &error);
  ChSession *afternoon = ch_project_add_session (fixture->project, "Afternoon", "2026-11-02",
                                                 &error);
  ChIdea *later = add_idea (fixture, "Pay later", fixture->payment);
  ChBoardColumn *payment = find_column (fixture, fixture->payment);
  GtkWidget *page = GTK_WIDGET (fixture->page);
  g_autoptr(ChIdea) item = NULL;
  g_autoptr(GPtrArray) selected = NULL;

  g_assert_no_error (error);
  set_session (fixture, fixture->paying[0], morning);
  set_session (fixture, fixture->paying[1], afternoon);
  set_session (fixture, later, morning);
  set_session (fixture, fixture->unsorted[0], morning);
  ch_ui_test_run_pending ();
  g_assert_cmpstr (shown_count (fixture, fixture->payment), ==, "3 ideas");

  ch_ui_test_choose_session (page, CH_TYPE_BOARD_PAGE, morning);
  g_assert_cmpstr (ch_board_page_get_session_id (fixture->page), ==,
                   ch_entity_get_id (CH_ENTITY (morning)));
  g_assert_cmpstr (shown_count (fixture, fixture->payment), ==, "2 of 3 ideas");
  g_assert_cmpstr (shown_count (fixture, NULL), ==, "1 of 4 ideas");
  g_assert_cmpstr (shown_count (fixture, fixture->delivery), ==, "0 ideas");
  find_card (fixture, fixture->payment, fixture->paying[0]);
  find_card (fixture, fixture->payment, later);
  g_assert_null (lookup_card (fixture, fixture->payment, fixture->paying[1]));

  /* Alt+Down passes "Pay later", not the hidden card before it. */
  select_ideas (payment, &fixture->paying[0], 1);
  ch_ui_test_press (GTK_WIDGET (payment), "<Alt>Down");
  item = g_list_model_get_item (paying, 2);
  g_assert_true (item == fixture->paying[0]);
  g_clear_object (&item);
  item = g_list_model_get_item (paying, 1);
  g_assert_true (item == later);
  g_clear_object (&item);
  selected = ch_board_column_list_selected (payment);
  g_assert_cmpuint (selected->len, ==, 1);
  g_assert_true (selected->pdata[0] == fixture->paying[0]);

  /* Dropped on the header: before the first card shown. */
  g_assert_true (drop (fixture, GTK_WIDGET (payment), &fixture->unsorted[0], 1,
                       CH_BOARD_COLUMN_WIDTH / 2, 10));
  item = g_list_model_get_item (paying, 1);
  g_assert_true (item == fixture->unsorted[0]);
  g_clear_object (&item);
  item = g_list_model_get_item (ch_board_column_get_ideas (payment), 0);
  g_assert_true (item == fixture->unsorted[0]);
  g_clear_object (&item);
  g_assert_cmpstr (shown_count (fixture, fixture->payment), ==, "3 of 4 ideas");
  g_assert_cmpstr (shown_count (fixture, NULL), ==, "0 of 3 ideas");

  /* An idea that comes to the session shows; all of them show again. */
  set_session (fixture, fixture->paying[1], morning);
  ch_ui_test_run_pending ();
  g_assert_cmpstr (shown_count (fixture, fixture->payment), ==, "4 ideas");
  set_session (fixture, fixture->paying[1], afternoon);
  ch_ui_test_run_pending ();
  g_assert_cmpstr (shown_count (fixture, fixture->payment), ==, "3 of 4 ideas");

  ch_ui_test_choose_session (page, CH_TYPE_BOARD_PAGE, NULL);
  g_assert_null (ch_board_page_get_session_id (fixture->page));
  g_assert_cmpstr (shown_count (fixture, fixture->payment), ==, "4 ideas");
  find_card (fixture, fixture->payment, fixture->paying[1]);

  /* A session that goes while chosen leaves all of them shown. */
  ch_ui_test_choose_session (page, CH_TYPE_BOARD_PAGE, afternoon);
  g_assert_cmpstr (shown_count (fixture, fixture->payment), ==, "1 of 4 ideas");
  g_assert_true (ch_project_remove (fixture->project, CH_ENTITY (afternoon), &error));
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  g_assert_null (ch_board_page_get_session_id (fixture->page));
  g_assert_cmpstr (shown_count (fixture, fixture->payment), ==, "4 ideas");
}

static const char *
shown_remaining (Fixture *fixture)
{
  return gtk_label_get_label (TEMPLATE_CHILD (fixture->page, CH_TYPE_BOARD_PAGE,
                                              "remaining_label"));
}

static gboolean
message_shown (Fixture *fixture)
{
  return gtk_revealer_get_reveal_child (TEMPLATE_CHILD (fixture->page, CH_TYPE_BOARD_PAGE,
                                                        "message_revealer"));
}

static const char *
shown_message (Fixture *fixture)
{
  return gtk_label_get_label (TEMPLATE_CHILD (fixture->page, CH_TYPE_BOARD_PAGE,
                                              "message_label"));
}

/* Starts a round from its popover, as the facilitator does. */
static void
start_round (Fixture *fixture,
             int      budget)
{
  GtkMenuButton *start = TEMPLATE_CHILD (fixture->page, CH_TYPE_BOARD_PAGE, "start_button");
  GtkSpinButton *budget_spin = TEMPLATE_CHILD (fixture->page, CH_TYPE_BOARD_PAGE, "budget_spin");
  GtkWidget *popover = TEMPLATE_CHILD (fixture->page, CH_TYPE_BOARD_PAGE, "start_popover");

  gtk_menu_button_popup (start);
  WAIT_UNTIL (gtk_widget_get_mapped (popover));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (budget_spin), ==,
                   CH_VOTING_DEFAULT_BUDGET);
  gtk_spin_button_set_value (budget_spin, budget);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "board.start-voting",
                                             NULL));
  ch_ui_test_run_pending ();
  g_assert_false (gtk_widget_get_visible (popover));
  g_assert_cmpint (ch_project_get_voting_state (fixture->project), ==, CH_VOTING_STATE_OPEN);
  g_assert_cmpint (ch_project_get_vote_budget (fixture->project), ==, budget);
}

/* + records dots until the budget is spent; the next is refused and
 * says why; − gives one back. */
static void
test_dots_budget (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChBoardColumn *unsorted = find_column (fixture, NULL);
  ChIdea *idea = fixture->unsorted[2];
  ChParticipant *jordan;
  ChIdeaCard *card;

  jordan = ch_project_add_participant (fixture->project, "Jordan P.", &error);
  g_assert_no_error (error);
  start_round (fixture, 3);
  g_assert_true (ch_board_page_get_voter (fixture->page) == jordan);
  g_assert_cmpstr (shown_remaining (fixture), ==, "3 of 3 dots left");

  select_ideas (unsorted, &idea, 1);
  ch_ui_test_press (GTK_WIDGET (fixture->page), "plus");
  g_assert_cmpstr (shown_remaining (fixture), ==, "2 of 3 dots left");
  ch_ui_test_press (GTK_WIDGET (fixture->page), "KP_Add");
  ch_ui_test_press (GTK_WIDGET (fixture->page), "equal");
  g_assert_cmpint (ch_project_get_dots (fixture->project, idea, jordan), ==, 3);
  g_assert_cmpstr (shown_remaining (fixture), ==, "0 of 3 dots left");
  g_assert_false (message_shown (fixture));

  card = find_card (fixture, NULL, idea);
  g_assert_cmpstr (gtk_label_get_label (card_label (card, "dots_label")), ==, "●●● 3");
  g_assert_cmpstr (gtk_label_get_label (card_label (card, "voter_label")), ==, "3 from Jordan P.");

  /* The fourth is refused: nothing changes, the bar says why. */
  ch_ui_test_press (GTK_WIDGET (fixture->page), "plus");
  g_assert_cmpint (ch_project_get_dots (fixture->project, idea, jordan), ==, 3);
  g_assert_cmpstr (shown_remaining (fixture), ==, "0 of 3 dots left");
  g_assert_true (message_shown (fixture));
  g_assert_nonnull (strstr (shown_message (fixture), "all 3 of their dots"));

  /* A click on another card is refused as well. */
  g_assert_false (ch_board_page_add_dot (fixture->page, fixture->unsorted[0]));
  g_assert_cmpint (ch_idea_get_vote_count (fixture->unsorted[0]), ==, 0);

  ch_ui_test_press (GTK_WIDGET (fixture->page), "minus");
  g_assert_cmpint (ch_project_get_dots (fixture->project, idea, jordan), ==, 2);
  g_assert_cmpstr (shown_remaining (fixture), ==, "1 of 3 dots left");
  g_assert_false (message_shown (fixture));
  g_assert_cmpstr (gtk_label_get_label (card_label (card, "dots_label")), ==, "●● 2");

  /* Ended, the cards show their rank. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "board.end-voting",
                                             NULL));
  ch_ui_test_run_pending ();
  g_assert_cmpint (ch_project_get_voting_state (fixture->project), ==, CH_VOTING_STATE_ENDED);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (card_label (card, "rank_label"))));
  g_assert_cmpstr (gtk_label_get_label (card_label (card, "rank_label")), ==, "#1");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (card_label (card, "voter_label"))));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (card_label (find_card (fixture, NULL,
                                                                             fixture->unsorted[0]),
                                                                  "rank_label"))));

  /* No dots once it has ended. */
  ch_ui_test_press (GTK_WIDGET (fixture->page), "plus");
  g_assert_cmpint (ch_project_get_dots (fixture->project, idea, jordan), ==, 2);
}

/* The rules of the round: at most so many dots on one idea. */
static void
test_dots_limit (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChParticipant *mei;
  ChIdea *idea = fixture->paying[0];

  ch_project_add_participant (fixture->project, "Jordan P.", &error);
  mei = ch_project_add_participant (fixture->project, "Mei", &error);
  g_assert_no_error (error);
  ch_project_start_voting (fixture->project, 5, 1, CH_VOTING_FLAGS_NONE, &error);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();

  ch_board_page_set_voter (fixture->page, mei);
  g_assert_true (ch_board_page_get_voter (fixture->page) == mei);
  g_assert_cmpstr (shown_remaining (fixture), ==, "5 of 5 dots left");
  g_assert_true (ch_board_page_add_dot (fixture->page, idea));
  g_assert_false (ch_board_page_add_dot (fixture->page, idea));
  g_assert_true (message_shown (fixture));
  g_assert_nonnull (strstr (shown_message (fixture), "the most one idea may get"));
  g_assert_cmpint (ch_project_get_dots (fixture->project, idea, mei), ==, 1);
  g_assert_cmpstr (shown_remaining (fixture), ==, "4 of 5 dots left");
}

/* In an anonymous session a card shows the total of its dots only. */
static void
test_anonymous_totals (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChParticipant *jordan;
  ChSession *session;
  ChIdeaCard *card;
  ChIdeaCard *named;

  jordan = ch_project_add_participant (fixture->project, "Jordan P.", &error);
  session = ch_project_add_session (fixture->project, "Open house", "2026-03-02", &error);
  g_assert_no_error (error);
  ch_project_update (fixture->project, CH_ENTITY (session), &error, "anonymous", TRUE, NULL);
  g_assert_no_error (error);
  ch_project_update (fixture->project, CH_ENTITY (fixture->unsorted[0]), &error,
                     "session-id", ch_entity_get_id (CH_ENTITY (session)), NULL);
  g_assert_no_error (error);
  ch_project_start_voting (fixture->project, 5, 0, CH_VOTING_FLAGS_NONE, &error);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();

  ch_board_page_set_voter (fixture->page, jordan);
  g_assert_true (ch_board_page_add_dot (fixture->page, fixture->unsorted[0]));
  g_assert_true (ch_board_page_add_dot (fixture->page, fixture->unsorted[1]));
  ch_ui_test_run_pending ();

  card = find_card (fixture, NULL, fixture->unsorted[0]);
  g_assert_cmpstr (gtk_label_get_label (card_label (card, "dots_label")), ==, "● 1");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (card_label (card, "voter_label"))));

  named = find_card (fixture, NULL, fixture->unsorted[1]);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (card_label (named, "voter_label"))));
  g_assert_cmpstr (gtk_label_get_label (card_label (named, "voter_label")), ==,
                   "1 from Jordan P.");
}

static gboolean
is_attached (ChBoardColumn *column)
{
  GtkListView *list_view = TEMPLATE_CHILD (column, CH_TYPE_BOARD_COLUMN, "list_view");

  return gtk_list_view_get_model (list_view) != NULL;
}

/* A board of many clusters: all have their column soon, in order, but
 * only those on screen have cards; scrolled to, the others get theirs. */
static void
test_many_clusters (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkScrolledWindow *scroller = TEMPLATE_CHILD (fixture->page, CH_TYPE_BOARD_PAGE,
                                                "board_scroller");
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (scroller);
  ChBoardChooser *chooser = TEMPLATE_CHILD (fixture->page, CH_TYPE_BOARD_PAGE, "move_chooser");
  GtkEditable *search = TEMPLATE_CHILD (chooser, CH_TYPE_BOARD_CHOOSER, "search_entry");
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GPtrArray) clusters = NULL;
  ChCluster *last = NULL;
  ChIdea *idea = NULL;

  ch_board_page_set_project (fixture->page, NULL);
  ch_ui_test_run_pending ();
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("Cluster %02u", i);

      last = add_cluster (fixture, name, "#99c1f1");
      for (guint j = 0; j < 3; j++)
        idea = add_idea (fixture, name, last);
    }

  /* Those on screen at once, the others soon after. */
  ch_board_page_set_project (fixture->page, fixture->project);
  columns = list_columns (fixture);
  g_assert_cmpuint (columns->len, >, 3);
  g_assert_cmpuint (columns->len, <, 61);
  g_clear_pointer (&columns, g_ptr_array_unref);
  WAIT_UNTIL (count_columns (fixture) == 61);
  ch_ui_test_run_pending ();
  columns = list_columns (fixture);
  clusters = ch_project_list_clusters (fixture->project);
  for (guint i = 0; i < clusters->len; i++)
    g_assert_true (ch_board_column_get_cluster (columns->pdata[i + 1]) == clusters->pdata[i]);
  g_assert_cmpstr (shown_count (fixture, last), ==, "3 ideas");

  g_assert_true (is_attached (columns->pdata[0]));
  g_assert_true (is_attached (columns->pdata[2]));
  g_assert_false (is_attached (columns->pdata[50]));

  gtk_adjustment_set_value (adjustment, 50 * (CH_BOARD_COLUMN_WIDTH + CH_BOARD_COLUMN_SPACING));
  WAIT_UNTIL (is_attached (columns->pdata[50]));
  g_assert_false (is_attached (columns->pdata[2]));
  {
    g_autoptr(ChIdea) shown = g_list_model_get_item (
      ch_project_get_cluster_ideas (fixture->project, clusters->pdata[49]), 0);

    find_card (fixture, clusters->pdata[49], shown);
  }

  /* Moved by keyboard to the first column, which shows again. */
  select_ideas (find_column (fixture, last), &idea, 1);
  ch_ui_test_press (GTK_WIDGET (fixture->page), "<Control>m");
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (chooser)));
  gtk_editable_set_text (search, "Cluster 00");
  g_signal_emit_by_name (search, "activate");
  ch_ui_test_run_pending ();
  assert_in (idea, clusters->pdata[0]);
  g_assert_cmpstr (shown_count (fixture, clusters->pdata[0]), ==, "4 ideas");
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), <, CH_BOARD_COLUMN_WIDTH * 2);
  WAIT_UNTIL (is_attached (columns->pdata[1]));
  find_card (fixture, clusters->pdata[0], idea);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ch/board/empty", Fixture, "empty",
              fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/ch/board/columns", Fixture, NULL,
              fixture_set_up, test_columns, fixture_tear_down);
  g_test_add ("/ch/board/move-by-keyboard", Fixture, NULL,
              fixture_set_up, test_move_by_keyboard, fixture_tear_down);
  g_test_add ("/ch/board/new-cluster-by-keyboard", Fixture, NULL,
              fixture_set_up, test_new_cluster_by_keyboard, fixture_tear_down);
  g_test_add ("/ch/board/drop-on-column", Fixture, NULL,
              fixture_set_up, test_drop_on_column, fixture_tear_down);
  g_test_add ("/ch/board/drag-selection", Fixture, NULL,
              fixture_set_up, test_drag_selection, fixture_tear_down);
  g_test_add ("/ch/board/drop-new-cluster", Fixture, NULL,
              fixture_set_up, test_drop_new_cluster, fixture_tear_down);
  g_test_add ("/ch/board/undo-move", Fixture, NULL,
              fixture_set_up, test_undo_move, fixture_tear_down);
  g_test_add ("/ch/board/delete-cluster", Fixture, NULL,
              fixture_set_up, test_delete_cluster, fixture_tear_down);
  g_test_add ("/ch/board/merge-and-recolor", Fixture, NULL,
              fixture_set_up, test_merge_and_recolor, fixture_tear_down);
  g_test_add ("/ch/board/reorder", Fixture, NULL,
              fixture_set_up, test_reorder, fixture_tear_down);
  g_test_add ("/ch/board/session-filter", Fixture, NULL,
              fixture_set_up, test_session_filter, fixture_tear_down);
  g_test_add ("/ch/board/many-clusters", Fixture, "empty",
              fixture_set_up, test_many_clusters, fixture_tear_down);
  g_test_add ("/ch/board/dots-budget", Fixture, NULL,
              fixture_set_up, test_dots_budget, fixture_tear_down);
  g_test_add ("/ch/board/dots-limit", Fixture, NULL,
              fixture_set_up, test_dots_limit, fixture_tear_down);
  g_test_add ("/ch/board/anonymous-totals", Fixture, NULL,
              fixture_set_up, test_anonymous_totals, fixture_tear_down);

  return g_test_run ();
}
