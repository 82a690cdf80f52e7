/* ch-board-page.c: the affinity board, clusters as columns of cards, and
 * dot voting on it
 *
 * Unsorted comes first, then a column per cluster in the board's order,
 * then the space where dropped cards make a new cluster. The columns
 * follow the project's clusters: added, removed, moved, renamed,
 * recoloured. Each column selects its own cards; the last column the
 * focus was in, or where cards were selected, is the one "Move To…"
 * (Ctrl+M), "New Cluster" (Ctrl+G) and the dots (+ and −) act on, and
 * selecting cards in one column lets go of those of the other.
 *
 * A board of 100 clusters would make thousands of cards: a GtkListView
 * of GTK 4.8 makes up to 200 rows whether they show or not. The board
 * is made when the page is first shown: the columns on screen at once,
 * the others ten at a time while the main loop is idle, with room kept
 * for them so that the scroll bar is right from the start (a column
 * asked for before its turn, by a move, makes them all). Only the
 * columns on screen and half a screen either side get their cards
 * (ch_board_column_set_attached()), those on screen before the next
 * frame, the others after it; every column has the same width, so
 * which ones those are is known before they are drawn. Columns more
 * than two screens away give their cards back; their selection stays.
 *
 * Dot voting: "Start Voting…" opens a round with its budget and rules;
 * while it is open, the participant chosen in the bar is the one whose
 * dots a click on a card, + or − record, and the bar shows what is left
 * of their budget. The project refuses what the rules do not allow, and
 * the bar says why. Once the round ends, columns and cards show their
 * rank.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-board-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-board-chooser.h"
#include "ch-board-column.h"
#include "ch-board-page-private.h"
#include "ch-session-chooser.h"
#include "ch-window.h"

struct _ChDraggedIdeas
{
  gatomicrefcount  ref_count;
  ChProject       *project;
  GPtrArray       *ideas;
};

struct _ChBoardPage
{
  AdwBin           parent_instance;

  ChProject       *project;
  ChParticipant   *voter;

  /* ChCluster → ChBoardColumn, both referenced. */
  GHashTable      *columns;
  ChBoardColumn   *unsorted;
  /* The column the keyboard works on; one of the above. */
  ChBoardColumn   *active;
  /* Once ended, the rank of each idea and cluster: ChEntity → ChRank. */
  GHashTable      *ranks;
  /* The columns are made when the page is first shown: those on screen
   * at once, the others a few at a time, with room kept for them. */
  gboolean         built;
  guint            n_missing;
  GtkWidget       *room;
  guint            build_source;
  guint            order_source;
  guint            attach_source;
  guint            margin_source;

  /* The bin's own child: not a template child, as AdwBin unparents it. */
  GtkStack        *content_stack;

  /* Template widgets */
  GtkMenuButton   *move_button;
  ChBoardChooser  *move_chooser;
  GtkMenuButton   *start_button;
  GtkPopover      *start_popover;
  GtkSpinButton   *budget_spin;
  GtkSpinButton   *limit_spin;
  GtkSwitch       *own_switch;
  GtkWidget       *clear_row;
  GtkSwitch       *clear_switch;
  GtkButton       *start_round_button;
  GtkWidget       *voting_box;
  GtkDropDown     *participant_drop_down;
  GtkLabel        *remaining_label;
  GtkLabel        *ended_label;
  GtkRevealer     *message_revealer;
  GtkLabel        *message_label;
  GtkScrolledWindow *board_scroller;
  GtkBox          *columns_box;
  GtkWidget       *new_cluster_zone;
  GtkLabel        *new_cluster_hint;
  ChSessionChooser *session_chooser;
};

/* Columns made at a time, once those on screen are. */
#define BUILD_CHUNK 10

static void update_columns (ChBoardPage *self,
                            guint        max_new);

G_DEFINE_BOXED_TYPE (ChDraggedIdeas, ch_dragged_ideas, ch_dragged_ideas_ref,
                     ch_dragged_ideas_unref)

G_DEFINE_FINAL_TYPE (ChBoardPage, ch_board_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SESSION_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_live (ChBoardPage *self,
         ChIdea      *idea)
{
  return ch_project_lookup (self->project, CH_TYPE_IDEA,
                            ch_entity_get_id (CH_ENTITY (idea))) == CH_ENTITY (idea);
}

static ChBoardColumn *
find_column (ChBoardPage *self,
             ChCluster   *cluster)
{
  ChBoardColumn *column;

  if (cluster == NULL)
    return self->unsorted;

  /* Asked for before it was made: all are made now. */
  if ((column = g_hash_table_lookup (self->columns, cluster)) == NULL && self->n_missing > 0)
    {
      update_columns (self, G_MAXUINT);
      column = g_hash_table_lookup (self->columns, cluster);
    }

  return column;
}

static void
show_message (ChBoardPage *self,
              const char  *message)
{
  gtk_label_set_label (self->message_label, message);
  gtk_revealer_set_reveal_child (self->message_revealer, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->message_revealer),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, message,
                                  -1);
}

static void
hide_message (ChBoardPage *self)
{
  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
}

static void
update_content (ChBoardPage *self)
{
  gboolean empty = self->project == NULL ||
                   (g_list_model_get_n_items (ch_project_get_ideas (self->project)) == 0 &&
                    g_list_model_get_n_items (ch_project_get_clusters (self->project)) == 0);

  gtk_stack_set_visible_child_name (self->content_stack, empty ? "empty" : "board");
}

/* Where column @index (Unsorted is 0) is on the board. */
static double
column_x (guint index)
{
  return CH_BOARD_MARGIN + index * (CH_BOARD_COLUMN_WIDTH + CH_BOARD_COLUMN_SPACING);
}

static gboolean attach_margins_cb (gpointer user_data);

/* The columns on screen get their cards, and with @margins those half a
 * screen either side; those more than two screens away give them back. */
static void
attach_visible (ChBoardPage *self,
                gboolean     margins)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->board_scroller);
  double value = gtk_adjustment_get_value (adjustment);
  double page_size = gtk_adjustment_get_page_size (adjustment);
  double margin;
  guint index = 0;

  g_clear_handle_id (&self->attach_source, g_source_remove);
  if (margins)
    g_clear_handle_id (&self->margin_source, g_source_remove);

  /* Not allocated yet: the window's width, or a wide screen's. */
  if (page_size <= 0)
    page_size = gtk_widget_get_width (GTK_WIDGET (self));
  if (page_size <= 0)
    page_size = 1920;
  margin = margins ? page_size / 2 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      double x;

      if (!CH_IS_BOARD_COLUMN (child))
        continue;

      x = column_x (index++);
      if (x + CH_BOARD_COLUMN_WIDTH >= value - margin && x <= value + page_size + margin)
        ch_board_column_set_attached (CH_BOARD_COLUMN (child), TRUE);
      else if (x + CH_BOARD_COLUMN_WIDTH < value - page_size * 2 || x > value + page_size * 3)
        ch_board_column_set_attached (CH_BOARD_COLUMN (child), FALSE);
    }

  /* Those beside the screen once this frame is drawn. */
  if (!margins && self->margin_source == 0)
    self->margin_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, attach_margins_cb, self, NULL);
}

static gboolean
attach_visible_cb (gpointer user_data)
{
  ChBoardPage *self = user_data;

  self->attach_source = 0;
  attach_visible (self, FALSE);

  return G_SOURCE_REMOVE;
}

static gboolean
attach_margins_cb (gpointer user_data)
{
  ChBoardPage *self = user_data;

  self->margin_source = 0;
  attach_visible (self, TRUE);

  return G_SOURCE_REMOVE;
}

/* The cards of the columns on screen before the next frame is laid
 * out, those beside it after. */
static void
queue_attach (ChBoardPage *self)
{
  if (self->attach_source == 0 && self->built)
    self->attach_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, attach_visible_cb, self, NULL);
}

static void
scroll_to_column (ChBoardPage   *self,
                  ChBoardColumn *column)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->board_scroller);
  guint index = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box));
       child != NULL && child != GTK_WIDGET (column);
       child = gtk_widget_get_next_sibling (child))
    index += CH_IS_BOARD_COLUMN (child);

  gtk_adjustment_clamp_page (adjustment, column_x (index) - CH_BOARD_MARGIN,
                             column_x (index) + CH_BOARD_COLUMN_WIDTH + CH_BOARD_COLUMN_SPACING);
  /* Its cards come before the next frame. */
  queue_attach (self);
}

static void
set_active (ChBoardPage   *self,
            ChBoardColumn *column)
{
  g_autoptr(GtkBitset) selected = NULL;
  ChBoardColumn *previous = self->active;

  if (previous == column)
    return;

  self->active = column;

  /* One column's selection at a time: what the keys act on. */
  if (previous != NULL && column != NULL)
    {
      selected = gtk_selection_model_get_selection (ch_board_column_get_selection (column));
      if (!gtk_bitset_is_empty (selected))
        ch_board_column_unselect_all (previous);
    }
}

static void
remove_column (ChBoardPage   *self,
               ChBoardColumn *column)
{
  if (self->active == column)
    self->active = NULL;

  gtk_box_remove (self->columns_box, GTK_WIDGET (column));
}

static gboolean
build_more_cb (gpointer user_data)
{
  ChBoardPage *self = user_data;

  self->build_source = 0;
  update_columns (self, BUILD_CHUNK);

  return G_SOURCE_REMOVE;
}

/* The columns in the order of the clusters on the board, one for each:
 * at most @max_new made now, the others soon. */
static void
update_columns (ChBoardPage *self,
                guint        max_new)
{
  g_autoptr(GPtrArray) clusters = NULL;
  g_autoptr(GHashTable) staying = NULL;
  GHashTableIter iter;
  gpointer cluster;
  gpointer column;
  GtkWidget *previous;
  guint n_new = 0;

  g_clear_handle_id (&self->order_source, g_source_remove);

  if (!self->built)
    return;

  clusters = ch_project_list_clusters (self->project);
  staying = g_hash_table_new (NULL, NULL);
  previous = GTK_WIDGET (self->unsorted);
  self->n_missing = 0;

  for (guint i = 0; i < clusters->len; i++)
    {
      ChCluster *item = g_ptr_array_index (clusters, i);
      GtkWidget *widget = g_hash_table_lookup (self->columns, item);

      if (widget == NULL && n_new >= max_new)
        {
          self->n_missing++;
          continue;
        }

      if (widget == NULL)
        {
          n_new++;
          widget = GTK_WIDGET (ch_board_column_new (self, item));
          g_hash_table_insert (self->columns, g_object_ref (item), g_object_ref_sink (widget));
          gtk_box_insert_child_after (self->columns_box, widget, previous);
        }
      else if (gtk_widget_get_prev_sibling (widget) != previous)
        gtk_box_reorder_child_after (self->columns_box, widget, previous);

      g_hash_table_add (staying, item);
      previous = widget;
    }

  g_hash_table_iter_init (&iter, self->columns);
  while (g_hash_table_iter_next (&iter, &cluster, &column))
    if (!g_hash_table_contains (staying, cluster))
      {
        remove_column (self, column);
        g_hash_table_iter_remove (&iter);
      }

  /* The room the columns still to make will take, after the others. */
  if (self->n_missing > 0)
    {
      gtk_widget_set_size_request (self->room,
                                   self->n_missing * (CH_BOARD_COLUMN_WIDTH +
                                                      CH_BOARD_COLUMN_SPACING)
                                   - CH_BOARD_COLUMN_SPACING,
                                   -1);
      if (gtk_widget_get_prev_sibling (self->room) != previous)
        gtk_box_reorder_child_after (self->columns_box, self->room, previous);
      if (self->build_source == 0)
        self->build_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, build_more_cb, self, NULL);
    }
  else
    g_clear_handle_id (&self->build_source, g_source_remove);
  gtk_widget_set_visible (self->room, self->n_missing > 0);

  ch_board_colors_flush ();
  queue_attach (self);
}

static gboolean
update_columns_cb (gpointer user_data)
{
  ChBoardPage *self = user_data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  self->order_source = 0;
  update_columns (self, 0);

  /* A column moved with the keyboard stays in sight. */
  if (self->active != NULL && focus != NULL &&
      gtk_widget_is_ancestor (focus, GTK_WIDGET (self->active)))
    scroll_to_column (self, self->active);

  return G_SOURCE_REMOVE;
}

static void
build_board (ChBoardPage *self)
{
  double width;

  if (self->built || self->project == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  self->built = TRUE;
  self->unsorted = g_object_ref_sink (ch_board_column_new (self, NULL));
  gtk_box_prepend (self->columns_box, GTK_WIDGET (self->unsorted));

  /* Those on screen, and half a screen more. */
  width = gtk_widget_get_width (GTK_WIDGET (self));
  if (width <= 0)
    width = 1920;
  update_columns (self, width * 1.5 / (CH_BOARD_COLUMN_WIDTH + CH_BOARD_COLUMN_SPACING) + 1);
  attach_visible (self, FALSE);
}

static void
clear_board (ChBoardPage *self)
{
  GHashTableIter iter;
  gpointer column;

  g_clear_handle_id (&self->order_source, g_source_remove);
  g_clear_handle_id (&self->attach_source, g_source_remove);
  g_clear_handle_id (&self->margin_source, g_source_remove);
  g_clear_handle_id (&self->build_source, g_source_remove);
  self->n_missing = 0;
  if (self->room != NULL)
    gtk_widget_set_visible (self->room, FALSE);

  g_hash_table_iter_init (&iter, self->columns);
  while (g_hash_table_iter_next (&iter, NULL, &column))
    {
      remove_column (self, column);
      g_hash_table_iter_remove (&iter);
    }

  if (self->unsorted != NULL)
    {
      remove_column (self, self->unsorted);
      g_clear_object (&self->unsorted);
    }

  self->active = NULL;
  self->built = FALSE;
}

static void
update_columns_and_cards (ChBoardPage *self)
{
  GHashTableIter iter;
  gpointer column;

  if (self->unsorted != NULL)
    ch_board_column_update (self->unsorted);

  g_hash_table_iter_init (&iter, self->columns);
  while (g_hash_table_iter_next (&iter, NULL, &column))
    ch_board_column_update (column);
}

static void
forget_ranks (ChBoardPage *self)
{
  g_clear_pointer (&self->ranks, g_hash_table_unref);
}

static void
update_remaining (ChBoardPage *self)
{
  g_autofree char *text = NULL;

  if (self->project == NULL)
    return;

  if (self->voter != NULL)
    {
      int budget = ch_project_get_vote_budget (self->project);
      int remaining = ch_project_get_remaining_dots (self->project, self->voter);

      /* Translators: what is left of a participant's dots in a voting
       * round, "3 of 5 dots left" */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d of %d dot left",
                                           "%d of %d dots left", budget),
                              remaining, budget);
    }
  else if (g_list_model_get_n_items (ch_project_get_participants (self->project)) == 0)
    text = g_strdup (_("Add participants on the Participants page to record their dots"));
  else
    text = g_strdup (_("Choose whose dots to record"));

  gtk_label_set_label (self->remaining_label, text);
}

/* The voter is the participant chosen while a round is open. */
static void
update_voter (ChBoardPage *self)
{
  ChParticipant *voter = NULL;

  if (self->project != NULL &&
      ch_project_get_voting_state (self->project) == CH_VOTING_STATE_OPEN)
    voter = gtk_drop_down_get_selected_item (self->participant_drop_down);

  if (voter != self->voter)
    {
      g_set_object (&self->voter, voter);
      update_columns_and_cards (self);
    }

  update_remaining (self);
}

static void
update_voting (ChBoardPage *self)
{
  ChVotingState state = self->project != NULL ? ch_project_get_voting_state (self->project)
                                              : CH_VOTING_STATE_NONE;

  switch (state)
    {
    case CH_VOTING_STATE_OPEN:
      gtk_menu_button_set_label (self->start_button, _("Voting _Rules…"));
      gtk_button_set_label (GTK_BUTTON (self->start_round_button), _("_Change Rules"));
      break;

    case CH_VOTING_STATE_ENDED:
      gtk_menu_button_set_label (self->start_button, _("New Voting _Round…"));
      gtk_button_set_label (GTK_BUTTON (self->start_round_button), _("_Start Round"));
      break;

    case CH_VOTING_STATE_NONE:
    default:
      gtk_menu_button_set_label (self->start_button, _("Start _Voting…"));
      gtk_button_set_label (GTK_BUTTON (self->start_round_button), _("_Start Round"));
      break;
    }

  gtk_widget_set_visible (self->voting_box, state == CH_VOTING_STATE_OPEN);
  gtk_widget_set_visible (GTK_WIDGET (self->ended_label), state == CH_VOTING_STATE_ENDED);
  gtk_widget_set_visible (self->clear_row, state != CH_VOTING_STATE_OPEN);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.end-voting",
                                 state == CH_VOTING_STATE_OPEN);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.start-voting", self->project != NULL);

  if (state != CH_VOTING_STATE_OPEN)
    hide_message (self);

  /* The voter, the ranks and the cards that show them, all at once. */
  forget_ranks (self);
  if (state == CH_VOTING_STATE_OPEN)
    g_set_object (&self->voter, gtk_drop_down_get_selected_item (self->participant_drop_down));
  else
    g_clear_object (&self->voter);
  update_remaining (self);
  update_columns_and_cards (self);
}

/* The ideas a move acts on: those selected in the active column. */
static GPtrArray *
list_selected (ChBoardPage *self)
{
  if (self->active == NULL)
    return g_ptr_array_new_with_free_func (g_object_unref);

  return ch_board_column_list_selected (self->active);
}

static ChIdea *
get_current_idea (ChBoardPage *self)
{
  return self->active != NULL ? ch_board_column_get_focus_idea (self->active) : NULL;
}

static void
clusters_changed_cb (ChBoardPage *self,
                     guint        position,
                     guint        removed,
                     guint        added,
                     GListModel  *clusters)
{
  forget_ranks (self);
  /* While the board is made, new clusters wait their turn. */
  update_columns (self, self->n_missing > 0 ? 0 : G_MAXUINT);
  update_content (self);
}

static void
ideas_changed_cb (ChBoardPage *self,
                  guint        position,
                  guint        removed,
                  guint        added,
                  GListModel  *ideas)
{
  forget_ranks (self);
  update_content (self);
}

static void
participants_changed_cb (ChBoardPage *self,
                         guint        position,
                         guint        removed,
                         guint        added,
                         GListModel  *participants)
{
  update_remaining (self);
}

static void
votes_changed_cb (ChBoardPage *self,
                  ChProject   *project)
{
  gboolean ranked = self->ranks != NULL;

  forget_ranks (self);
  update_remaining (self);

  /* The cards follow their own dots; the ranks are all of them. */
  if (ranked)
    update_columns_and_cards (self);
}

static void
voting_state_changed_cb (ChBoardPage *self,
                         GParamSpec  *pspec,
                         ChProject   *project)
{
  update_voting (self);
}

static void
voter_selected_cb (ChBoardPage *self,
                   GParamSpec  *pspec,
                   GtkDropDown *drop_down)
{
  hide_message (self);
  update_voter (self);
}

static void
adjustment_changed_cb (ChBoardPage   *self,
                       GtkAdjustment *adjustment)
{
  queue_attach (self);
}

static void
move_chooser_shown_cb (ChBoardPage    *self,
                       ChBoardChooser *chooser)
{
  ch_board_chooser_set_targets (chooser, self->project, TRUE, NULL);
}

static void
move_chosen_cb (ChBoardPage    *self,
                ChCluster      *cluster,
                ChBoardChooser *chooser)
{
  g_autoptr(GPtrArray) ideas = list_selected (self);

  gtk_popover_popdown (GTK_POPOVER (chooser));

  if (self->project == NULL)
    return;

  if (ideas->len == 0)
    {
      show_message (self, _("Select the cards to move first: click them, or use Shift and Ctrl "
                            "with the arrow keys."));
      return;
    }

  /* The keyboard follows the cards. */
  if (ch_board_page_move_ideas (self, (ChIdea **) ideas->pdata, ideas->len, cluster, -1) &&
      self->active != NULL)
    ch_board_column_focus (self->active);
}

static void
start_popover_shown_cb (ChBoardPage *self,
                        GtkPopover  *popover)
{
  if (self->project == NULL)
    return;

  if (ch_project_get_voting_state (self->project) == CH_VOTING_STATE_OPEN)
    {
      gtk_spin_button_set_value (self->budget_spin, ch_project_get_vote_budget (self->project));
      gtk_spin_button_set_value (self->limit_spin, ch_project_get_vote_limit (self->project));
      gtk_switch_set_active (self->own_switch,
                             ch_project_get_vote_no_own_ideas (self->project));
    }
  gtk_switch_set_active (self->clear_switch, FALSE);
}

static void
move_to_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ChBoardPage *self = CH_BOARD_PAGE (widget);

  if (self->project == NULL || !self->built)
    return;

  gtk_menu_button_popup (self->move_button);
}

static void
new_cluster_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ChBoardPage *self = CH_BOARD_PAGE (widget);
  g_autoptr(GPtrArray) ideas = list_selected (self);

  if (self->project == NULL || !self->built)
    return;

  ch_board_page_new_cluster_from (self, (ChIdea **) ideas->pdata, ideas->len);
}

static void
dot_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ChBoardPage *self = CH_BOARD_PAGE (widget);
  ChIdea *idea;

  if (self->project == NULL ||
      ch_project_get_voting_state (self->project) != CH_VOTING_STATE_OPEN)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  if ((idea = get_current_idea (self)) == NULL)
    {
      show_message (self, _("Choose a card first: click it, or move to it with the arrow keys."));
      return;
    }

  if (g_str_equal (action_name, "board.add-dot"))
    ch_board_page_add_dot (self, idea);
  else
    ch_board_page_remove_dot (self, idea);
}

static void
start_voting_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ChBoardPage *self = CH_BOARD_PAGE (widget);
  g_autoptr(GError) error = NULL;
  ChVotingFlags flags = CH_VOTING_FLAGS_NONE;

  if (self->project == NULL)
    return;

  if (gtk_switch_get_active (self->own_switch))
    flags |= CH_VOTING_FLAGS_NO_OWN_IDEAS;
  if (gtk_switch_get_active (self->clear_switch) &&
      ch_project_get_voting_state (self->project) != CH_VOTING_STATE_OPEN)
    flags |= CH_VOTING_FLAGS_CLEAR_DOTS;

  gtk_spin_button_update (self->budget_spin);
  gtk_spin_button_update (self->limit_spin);
  gtk_popover_popdown (self->start_popover);

  if (!ch_project_start_voting (self->project,
                                gtk_spin_button_get_value_as_int (self->budget_spin),
                                gtk_spin_button_get_value_as_int (self->limit_spin),
                                flags, &error))
    ch_board_page_report (self, error);
}

static void
end_voting_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ChBoardPage *self = CH_BOARD_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->project != NULL && !ch_project_end_voting (self->project, &error))
    ch_board_page_report (self, error);
}

static void
dismiss_message_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  hide_message (CH_BOARD_PAGE (widget));
}

static gboolean
new_cluster_drop_cb (ChBoardPage   *self,
                     const GValue  *value,
                     double         x,
                     double         y,
                     GtkDropTarget *target)
{
  return ch_board_page_drop (self, value, NULL, TRUE, -1);
}

static void
ch_board_page_map (GtkWidget *widget)
{
  ChBoardPage *self = CH_BOARD_PAGE (widget);

  GTK_WIDGET_CLASS (ch_board_page_parent_class)->map (widget);

  if (!self->built)
    build_board (self);
  else
    {
      /* Personas and sessions may have changed while elsewhere. */
      update_columns_and_cards (self);
      queue_attach (self);
    }
}

/* The columns' filter follows the choice. */
static void
session_chosen_cb (ChBoardPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION_ID]);
}

static void
ch_board_page_dispose (GObject *object)
{
  ChBoardPage *self = CH_BOARD_PAGE (object);

  ch_board_page_set_project (self, NULL);
  self->content_stack = NULL;
  self->room = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_BOARD_PAGE);

  G_OBJECT_CLASS (ch_board_page_parent_class)->dispose (object);
}

static void
ch_board_page_finalize (GObject *object)
{
  ChBoardPage *self = CH_BOARD_PAGE (object);

  g_clear_pointer (&self->columns, g_hash_table_unref);
  g_clear_pointer (&self->ranks, g_hash_table_unref);

  G_OBJECT_CLASS (ch_board_page_parent_class)->finalize (object);
}

static void
ch_board_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ChBoardPage *self = CH_BOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_SESSION_ID:
      g_value_set_string (value, ch_board_page_get_session_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_board_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ChBoardPage *self = CH_BOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      ch_board_page_set_project (self, g_value_get_object (value));
      break;

    case PROP_SESSION_ID:
      ch_board_page_set_session_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_board_page_class_init (ChBoardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_board_page_dispose;
  object_class->finalize = ch_board_page_finalize;
  object_class->get_property = ch_board_page_get_property;
  object_class->set_property = ch_board_page_set_property;

  widget_class->map = ch_board_page_map;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         CH_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* The id of the session whose cards show, or NULL for all. */
  properties[PROP_SESSION_ID] =
    g_param_spec_string ("session-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CH_TYPE_BOARD_CHOOSER);
  g_type_ensure (CH_TYPE_SESSION_CHOOSER);
  g_type_ensure (CH_TYPE_PARTICIPANT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-board-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ChBoardPage, move_button);
  gtk_widget_class_bind_template_child (widget_class, ChBoardPage, move_chooser);
  gtk_widget_class_bind_template_child (widget_class, ChBoardPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, ChBoardPage, start_popover);
  gtk_widget_class_bind_template_child (widget_class, ChBoardPage, budget_spin);
  gtk_widget_class_bind_template_child (widget_class, ChBoardPage, limit_spin);
  gtk_widget_class_bind_template_child (widget_class, ChBoardPage, own_switch);
  gtk_widget_class_bind_template_child (widget_class, ChBoardPage, clear_row);
  gtk_widget_class_bind_template_child (widget_class, ChBoardPage, clear_switch);
  gtk_widget_class_bind_template_child (widget_class, ChBoardPage, start_round_button);
  gtk_widget_class_bind_template_child (widget_class, ChBoardPage, voting_box);
  gtk_widget_class_bind_template_child (widget_class, ChBoardPage, participant_drop_down);
  gtk_widget_class_bind_template_child (widget_class, ChBoardPage, remaining_label);
  gtk_widget_class_bind_template_child (widget_class, ChBoardPage, ended_label);
  gtk_widget_class_bind_template_child (widget_class, ChBoardPage, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, ChBoardPage, message_label);
  gtk_widget_class_bind_template_child (widget_class, ChBoardPage, board_scroller);
  gtk_widget_class_bind_template_child (widget_class, ChBoardPage, columns_box);
  gtk_widget_class_bind_template_child (widget_class, ChBoardPage, new_cluster_zone);
  gtk_widget_class_bind_template_child (widget_class, ChBoardPage, new_cluster_hint);
  gtk_widget_class_bind_template_child (widget_class, ChBoardPage, session_chooser);
  gtk_widget_class_bind_template_callback (widget_class, move_chooser_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, move_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_popover_shown_cb);

  gtk_widget_class_install_action (widget_class, "board.move-to", NULL, move_to_activated);
  gtk_widget_class_install_action (widget_class, "board.new-cluster", NULL,
                                   new_cluster_activated);
  gtk_widget_class_install_action (widget_class, "board.add-dot", NULL, dot_activated);
  gtk_widget_class_install_action (widget_class, "board.remove-dot", NULL, dot_activated);
  gtk_widget_class_install_action (widget_class, "board.start-voting", NULL,
                                   start_voting_activated);
  gtk_widget_class_install_action (widget_class, "board.end-voting", NULL,
                                   end_voting_activated);
  gtk_widget_class_install_action (widget_class, "board.dismiss-message", NULL,
                                   dismiss_message_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK,
                                       "board.move-to", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK,
                                       "board.new-cluster", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "board.add-dot", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "board.add-dot", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "board.add-dot", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "board.remove-dot", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0,
                                       "board.remove-dot", NULL);
}

static void
ch_board_page_init (ChBoardPage *self)
{
  GtkAdjustment *adjustment;
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->content_stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
  self->columns = g_hash_table_new_full (NULL, NULL, g_object_unref, g_object_unref);
  g_signal_connect_object (self->session_chooser, "notify::session-id",
                           G_CALLBACK (session_chosen_cb), self, G_CONNECT_SWAPPED);

  ch_board_chooser_set_title (self->move_chooser, NULL);

  self->room = g_object_new (GTK_TYPE_BOX,
                             "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                             "visible", FALSE,
                             NULL);
  gtk_box_prepend (self->columns_box, self->room);

  adjustment = gtk_scrolled_window_get_hadjustment (self->board_scroller);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (adjustment_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (adjustment_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->participant_drop_down, "notify::selected-item",
                           G_CALLBACK (voter_selected_cb), self, G_CONNECT_SWAPPED);

  target = gtk_drop_target_new (CH_TYPE_DRAGGED_IDEAS, GDK_ACTION_MOVE);
  g_signal_connect_object (target, "drop", G_CALLBACK (new_cluster_drop_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->new_cluster_zone, GTK_EVENT_CONTROLLER (target));

  update_content (self);
  update_voting (self);
}

/* What the columns and cards ask (ch-board-page-private.h). */

/**
 * ch_board_page_lookup_rank:
 * @entity: an idea or a cluster
 *
 * Returns: (nullable): its rank once the voting round has ended
 */
const ChRank *
ch_board_page_lookup_rank (ChBoardPage *self,
                           ChEntity    *entity)
{
  g_return_val_if_fail (CH_IS_BOARD_PAGE (self), NULL);

  if (self->project == NULL ||
      ch_project_get_voting_state (self->project) != CH_VOTING_STATE_ENDED)
    return NULL;

  if (self->ranks == NULL)
    {
      g_autoptr(GPtrArray) ideas = ch_project_rank_ideas (self->project, NULL);
      g_autoptr(GPtrArray) clusters = ch_project_rank_clusters (self->project, NULL);

      self->ranks = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) ch_rank_free);
      g_ptr_array_set_free_func (ideas, NULL);
      g_ptr_array_set_free_func (clusters, NULL);
      for (guint i = 0; i < ideas->len; i++)
        g_hash_table_insert (self->ranks, ((ChRank *) ideas->pdata[i])->entity, ideas->pdata[i]);
      for (guint i = 0; i < clusters->len; i++)
        g_hash_table_insert (self->ranks, ((ChRank *) clusters->pdata[i])->entity,
                             clusters->pdata[i]);
    }

  return g_hash_table_lookup (self->ranks, entity);
}

/* Whether @idea was captured in an anonymous session: its card shows
 * only the total of its dots. */
gboolean
ch_board_page_is_anonymous (ChBoardPage *self,
                            ChIdea      *idea)
{
  const char *session_id = ch_idea_get_session_id (idea);
  ChEntity *session;

  if (self->project == NULL || session_id == NULL)
    return FALSE;

  session = ch_project_lookup (self->project, CH_TYPE_SESSION, session_id);

  return session != NULL && ch_session_get_anonymous (CH_SESSION (session));
}

/**
 * ch_board_page_get_first_persona:
 *
 * Returns: (transfer none) (nullable): the first persona @idea serves
 */
ChPersona *
ch_board_page_get_first_persona (ChBoardPage *self,
                                 ChIdea      *idea)
{
  const char * const *ids = ch_idea_get_personas (idea);

  if (self->project == NULL)
    return NULL;

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      ChEntity *persona = ch_project_lookup (self->project, CH_TYPE_PERSONA, ids[i]);

      if (persona != NULL)
        return CH_PERSONA (persona);
    }

  return NULL;
}

/* Whether a click on a card records a dot. */
gboolean
ch_board_page_get_recording (ChBoardPage *self)
{
  return self->voter != NULL;
}

/**
 * ch_board_page_drag_ideas:
 *
 * Returns: (transfer full) (nullable): what dragging the card of @idea
 *   carries: the selected cards of its column when it is one of them
 */
ChDraggedIdeas *
ch_board_page_drag_ideas (ChBoardPage   *self,
                          ChBoardColumn *column,
                          ChIdea        *idea)
{
  g_autoptr(GPtrArray) selected = NULL;

  if (self->project == NULL)
    return NULL;

  selected = ch_board_column_list_selected (column);
  if (!g_ptr_array_find (selected, idea, NULL))
    return ch_dragged_ideas_new (self->project, &idea, 1);

  return ch_dragged_ideas_new (self->project, (ChIdea **) selected->pdata, selected->len);
}

/**
 * ch_board_page_drop:
 * @value: what was dropped
 * @cluster: (nullable): where, or %NULL for Unsorted
 * @new_cluster: whether on the space for a new cluster
 * @index: before which card of the column, counting the cards dropped
 *   if they are there, or -1 for after the last
 *
 * Returns: whether the cards moved
 */
gboolean
ch_board_page_drop (ChBoardPage  *self,
                    const GValue *value,
                    ChCluster    *cluster,
                    gboolean      new_cluster,
                    int           index)
{
  g_autoptr(GPtrArray) ideas = NULL;
  g_autoptr(GHashTable) dropped = NULL;
  ChDraggedIdeas *dragged;
  int position = -1;

  g_return_val_if_fail (CH_IS_BOARD_PAGE (self), FALSE);

  if (!G_VALUE_HOLDS (value, CH_TYPE_DRAGGED_IDEAS) ||
      (dragged = g_value_get_boxed (value)) == NULL ||
      self->project == NULL || dragged->project != self->project)
    return FALSE;

  /* Cards dragged from another window of the same project, or while an
   * undo took some away: those still there. */
  ideas = g_ptr_array_new ();
  dropped = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < dragged->ideas->len; i++)
    if (is_live (self, dragged->ideas->pdata[i]))
      {
        g_ptr_array_add (ideas, dragged->ideas->pdata[i]);
        g_hash_table_add (dropped, dragged->ideas->pdata[i]);
      }

  if (ideas->len == 0)
    return FALSE;

  if (new_cluster)
    return ch_board_page_new_cluster_from (self, (ChIdea **) ideas->pdata, ideas->len) != NULL;

  /* The place among the cards that stay in the column. */
  if (index >= 0)
    {
      GListModel *column = ch_project_get_cluster_ideas (self->project, cluster);

      position = 0;
      for (int i = 0; i < index && i < (int) g_list_model_get_n_items (column); i++)
        {
          g_autoptr(ChIdea) idea = g_list_model_get_item (column, i);

          position += !g_hash_table_contains (dropped, idea);
        }
    }

  return ch_board_page_move_ideas (self, (ChIdea **) ideas->pdata, ideas->len, cluster, position);
}

void
ch_board_page_column_focused (ChBoardPage   *self,
                              ChBoardColumn *column)
{
  set_active (self, column);
}

void
ch_board_page_column_selected (ChBoardPage   *self,
                               ChBoardColumn *column)
{
  g_autoptr(GtkBitset) selected =
    gtk_selection_model_get_selection (ch_board_column_get_selection (column));

  if (!gtk_bitset_is_empty (selected))
    set_active (self, column);
}

/* The order of the clusters changed: the columns follow before the next
 * frame, once all of them have their new positions. */
void
ch_board_page_queue_order (ChBoardPage *self)
{
  forget_ranks (self);
  if (self->order_source == 0 && self->built)
    self->order_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_columns_cb, self, NULL);
}

/* A change that could not be written. */
void
ch_board_page_report (ChBoardPage  *self,
                      const GError *error)
{
  if (g_error_matches (error, CH_PROJECT_ERROR, CH_PROJECT_ERROR_INVALID))
    show_message (self, error->message);
  else
    ch_window_report_error (GTK_WIDGET (self), error);
}

void
ch_board_page_add_toast (ChBoardPage *self,
                         const char  *text,
                         gboolean     undo)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast;

  if (!CH_IS_WINDOW (root))
    return;

  toast = adw_toast_new (escaped);
  if (undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  ch_window_add_toast (CH_WINDOW (root), toast);
}

/* Public API */

/**
 * ch_dragged_ideas_new:
 * @ideas: (array length=n_ideas): ideas of @project
 */
ChDraggedIdeas *
ch_dragged_ideas_new (ChProject  *project,
                      ChIdea    **ideas,
                      guint       n_ideas)
{
  ChDraggedIdeas *self;

  g_return_val_if_fail (CH_IS_PROJECT (project), NULL);

  self = g_new0 (ChDraggedIdeas, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->project = g_object_ref (project);
  self->ideas = g_ptr_array_new_full (n_ideas, g_object_unref);
  for (guint i = 0; i < n_ideas; i++)
    g_ptr_array_add (self->ideas, g_object_ref (ideas[i]));

  return self;
}

ChDraggedIdeas *
ch_dragged_ideas_ref (ChDraggedIdeas *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
ch_dragged_ideas_unref (ChDraggedIdeas *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_object (&self->project);
  g_clear_pointer (&self->ideas, g_ptr_array_unref);
  g_free (self);
}

/**
 * ch_dragged_ideas_get_project:
 *
 * Returns: (transfer none): the project of the ideas
 */
ChProject *
ch_dragged_ideas_get_project (ChDraggedIdeas *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->project;
}

/**
 * ch_dragged_ideas_get_ideas:
 *
 * Returns: (transfer none) (array length=n_ideas): the ideas
 */
ChIdea **
ch_dragged_ideas_get_ideas (ChDraggedIdeas *self,
                            guint          *n_ideas)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_ideas != NULL)
    *n_ideas = self->ideas->len;

  return (ChIdea **) self->ideas->pdata;
}

/**
 * ch_board_page_get_project:
 *
 * Returns: (transfer none) (nullable): the project on the board
 */
ChProject *
ch_board_page_get_project (ChBoardPage *self)
{
  g_return_val_if_fail (CH_IS_BOARD_PAGE (self), NULL);

  return self->project;
}

void
ch_board_page_set_project (ChBoardPage *self,
                           ChProject   *project)
{
  g_return_if_fail (CH_IS_BOARD_PAGE (self));
  g_return_if_fail (project == NULL || CH_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_data (ch_project_get_ideas (self->project), self);
      g_signal_handlers_disconnect_by_data (ch_project_get_clusters (self->project), self);
      g_signal_handlers_disconnect_by_data (ch_project_get_participants (self->project), self);
      g_signal_handlers_disconnect_by_data (self->project, self);
    }

  /* Disposed: the template's objects are gone. */
  if (self->content_stack != NULL)
    {
      clear_board (self);
      hide_message (self);
      gtk_drop_down_set_model (self->participant_drop_down, NULL);
    }

  g_clear_object (&self->voter);
  forget_ranks (self);
  g_set_object (&self->project, project);
  if (self->session_chooser != NULL)
    ch_session_chooser_set_project (self->session_chooser, project);

  if (project != NULL)
    {
      g_signal_connect_object (ch_project_get_ideas (project), "items-changed",
                               G_CALLBACK (ideas_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (ch_project_get_clusters (project), "items-changed",
                               G_CALLBACK (clusters_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (ch_project_get_participants (project), "items-changed",
                               G_CALLBACK (participants_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (project, "votes-changed", G_CALLBACK (votes_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (project, "notify::voting-state",
                               G_CALLBACK (voting_state_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (project, "notify::vote-budget",
                               G_CALLBACK (voting_state_changed_cb), self, G_CONNECT_SWAPPED);
    }

  if (self->content_stack != NULL)
    {
      if (project != NULL)
        gtk_drop_down_set_model (self->participant_drop_down,
                                 ch_project_get_participants (project));
      update_content (self);
      update_voting (self);
      build_board (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * ch_board_page_get_session_id:
 *
 * Returns: (nullable): the id of the session whose cards show, or %NULL
 *   for all
 */
const char *
ch_board_page_get_session_id (ChBoardPage *self)
{
  g_return_val_if_fail (CH_IS_BOARD_PAGE (self), NULL);

  return self->session_chooser != NULL
         ? ch_session_chooser_get_session_id (self->session_chooser) : NULL;
}

/**
 * ch_board_page_set_session_id:
 * @session_id: (nullable): a session of the project, or %NULL for all
 *
 * Shows the cards of one session in each column, or all of them.
 */
void
ch_board_page_set_session_id (ChBoardPage *self,
                              const char  *session_id)
{
  g_return_if_fail (CH_IS_BOARD_PAGE (self));

  if (self->session_chooser != NULL)
    ch_session_chooser_set_session_id (self->session_chooser, session_id);
}

/* The columns show the cards it matches: those of the session chosen. */
GtkFilter *
ch_board_page_get_session_filter (ChBoardPage *self)
{
  return ch_session_chooser_get_filter (self->session_chooser);
}

/**
 * ch_board_page_move_ideas:
 * @ideas: (array length=n_ideas): ideas of the project
 * @cluster: (nullable): where to, or %NULL for Unsorted
 * @position: where among the cards that stay there, or -1 for the end
 *
 * Moves cards as a drop or "Move To…" does: in one step, and then
 * selected in their new column, which shows.
 *
 * Returns: whether they moved
 */
gboolean
ch_board_page_move_ideas (ChBoardPage  *self,
                          ChIdea      **ideas,
                          guint         n_ideas,
                          ChCluster    *cluster,
                          int           position)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) moved = NULL;
  ChBoardColumn *column;

  g_return_val_if_fail (CH_IS_BOARD_PAGE (self), FALSE);
  g_return_val_if_fail (cluster == NULL || CH_IS_CLUSTER (cluster), FALSE);

  if (self->project == NULL || n_ideas == 0)
    return FALSE;

  /* The array may be a column's selection, which the move changes. */
  moved = g_ptr_array_new_full (n_ideas, g_object_unref);
  for (guint i = 0; i < n_ideas; i++)
    g_ptr_array_add (moved, g_object_ref (ideas[i]));

  if (!ch_project_move_ideas (self->project, (ChIdea **) moved->pdata, moved->len, cluster,
                              position, &error))
    {
      ch_board_page_report (self, error);
      return FALSE;
    }

  hide_message (self);
  if ((column = find_column (self, cluster)) != NULL)
    {
      ch_board_column_select_ideas (column, (ChIdea **) moved->pdata, moved->len);
      set_active (self, column);
      scroll_to_column (self, column);
    }

  return TRUE;
}

/**
 * ch_board_page_new_cluster_from:
 * @ideas: (array length=n_ideas): ideas of the project
 *
 * Makes a cluster of @ideas (a drop on the space after the columns,
 * Ctrl+G), named "New cluster" in the next colour of the palette, and
 * asks for its name.
 *
 * Returns: (transfer none) (nullable): the new cluster
 */
ChCluster *
ch_board_page_new_cluster_from (ChBoardPage  *self,
                                ChIdea      **ideas,
                                guint         n_ideas)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) moved = NULL;
  ChBoardColumn *column;
  ChCluster *cluster;
  guint n_clusters;

  g_return_val_if_fail (CH_IS_BOARD_PAGE (self), NULL);

  if (self->project == NULL)
    return NULL;

  moved = g_ptr_array_new_full (n_ideas, g_object_unref);
  for (guint i = 0; i < n_ideas; i++)
    g_ptr_array_add (moved, g_object_ref (ideas[i]));

  n_clusters = g_list_model_get_n_items (ch_project_get_clusters (self->project));
  cluster = ch_project_create_cluster_from (self->project,
                                            /* Translators: the name of a cluster just made */
                                            _("New cluster"),
                                            ch_board_palette_color (n_clusters),
                                            (ChIdea **) moved->pdata, moved->len, &error);
  if (cluster == NULL)
    {
      ch_board_page_report (self, error);
      return NULL;
    }

  hide_message (self);
  update_columns (self, G_MAXUINT);
  if ((column = find_column (self, cluster)) != NULL)
    {
      ch_board_column_select_ideas (column, (ChIdea **) moved->pdata, moved->len);
      set_active (self, column);
      scroll_to_column (self, column);
      ch_board_column_focus (column);
      ch_board_column_start_rename (column);
    }

  return cluster;
}

/**
 * ch_board_page_get_voter:
 *
 * Returns: (transfer none) (nullable): the participant whose dots are
 *   recorded, while a round is open
 */
ChParticipant *
ch_board_page_get_voter (ChBoardPage *self)
{
  g_return_val_if_fail (CH_IS_BOARD_PAGE (self), NULL);

  return self->voter;
}

/**
 * ch_board_page_set_voter:
 * @participant: (nullable): a participant of the project
 *
 * Chooses whose dots clicks, + and − record.
 */
void
ch_board_page_set_voter (ChBoardPage   *self,
                         ChParticipant *participant)
{
  GListModel *participants;
  guint n_items;

  g_return_if_fail (CH_IS_BOARD_PAGE (self));
  g_return_if_fail (participant == NULL || CH_IS_PARTICIPANT (participant));

  if (self->project == NULL)
    return;

  participants = ch_project_get_participants (self->project);
  n_items = g_list_model_get_n_items (participants);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ChParticipant) item = g_list_model_get_item (participants, i);

      if (item == participant)
        {
          gtk_drop_down_set_selected (self->participant_drop_down, i);
          return;
        }
    }

  gtk_drop_down_set_selected (self->participant_drop_down, GTK_INVALID_LIST_POSITION);
}

static gboolean
change_dot (ChBoardPage *self,
            ChIdea      *idea,
            gboolean     add)
{
  g_autoptr(GError) error = NULL;
  gboolean done;

  g_return_val_if_fail (CH_IS_BOARD_PAGE (self), FALSE);
  g_return_val_if_fail (CH_IS_IDEA (idea), FALSE);

  if (self->project == NULL)
    return FALSE;

  if (self->voter == NULL)
    {
      if (ch_project_get_voting_state (self->project) == CH_VOTING_STATE_OPEN)
        show_message (self, _("Choose whose dots to record first, in the bar above the board."));
      else
        show_message (self, _("No voting round is open: start one to record dots."));
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }

  if (add)
    done = ch_project_add_dot (self->project, idea, self->voter, &error);
  else
    done = ch_project_remove_dot (self->project, idea, self->voter, &error);

  if (!done)
    {
      /* A rule of the round: nothing changed, the bar says why. */
      if (error->domain == CH_PROJECT_ERROR)
        show_message (self, error->message);
      else
        ch_window_report_error (GTK_WIDGET (self), error);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }

  hide_message (self);

  return TRUE;
}

/**
 * ch_board_page_add_dot:
 *
 * Records a dot of the voter on @idea, as a click on its card does; the
 * page shows why when the round's rules refuse it.
 *
 * Returns: whether the dot was recorded
 */
gboolean
ch_board_page_add_dot (ChBoardPage *self,
                       ChIdea      *idea)
{
  return change_dot (self, idea, TRUE);
}

/**
 * ch_board_page_remove_dot:
 *
 * Takes one of the voter's dots off @idea.
 *
 * Returns: whether a dot was taken off
 */
gboolean
ch_board_page_remove_dot (ChBoardPage *self,
                          ChIdea      *idea)
{
  return change_dot (self, idea, FALSE);
}
