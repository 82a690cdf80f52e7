/* ch-review-page.c: the review of a workshop's clusters after the session
 *
 * The team's page after the session: the clusters ranked by their dots
 * (clusters with as many share a rank, as ch_project_rank_clusters()
 * says), each as a card with its summary to write, its top ideas and
 * the personas they serve; after them the ideas in no cluster that have
 * dots. Each idea is decided on with its status, or several at once:
 * the ideas selected (their check boxes, or Space on their rows) take
 * Shortlist, Accept, Park or Done (Alt+S, Alt+A, Alt+P, Alt+D) as one
 * step; with none selected, those keys decide on the idea in focus.
 *
 * With a session chosen (the session chooser), the page ranks the
 * clusters that hold ideas of that session by those ideas' dots, and
 * shows only those ideas (ch_project_rank_clusters()).
 *
 * The ranking is worked out again, in an idle and only while the page is
 * shown, after a step changes ideas, dots, clusters or personas; a page
 * not shown does it when it is shown again. Only what differs changes: a
 * cluster keeps its card, which moves when its rank does, and the lists
 * of ideas change only where they differ (see ch_review_store_sync()),
 * so the card the user types a summary in stays as it is.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-review-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-enum-types.h"
#include "ch-review-card.h"
#include "ch-review-idea-row.h"
#include "ch-review-page.h"
#include "ch-review-rank.h"
#include "ch-session-chooser.h"
#include "ch-window.h"

/* The ideas a card shows, most dots first. */
#define TOP_IDEAS 5

struct _ChReviewPage
{
  AdwBin        parent_instance;

  ChProject    *project;
  /* ChReviewRank → its card, for the places shown. */
  GHashTable   *cards;
  /* ChCluster → its ChReviewRank, for the clusters ranked. */
  GHashTable   *by_cluster;
  ChReviewRank *unsorted;
  /* The ideas selected (each with a reference), kept across the cards. */
  GHashTable   *selected;
  guint         refresh_source;
  /* Something changed while the page was not shown. */
  gboolean      refresh_pending;

  /* The bin's own child: not a template child, as AdwBin unparents it. */
  GtkStack     *content_stack;

  /* Template widgets */
  GtkListBox   *card_list;
  GtkLabel     *selection_label;
  ChSessionChooser *session_chooser;
};

G_DEFINE_FINAL_TYPE (ChReviewPage, ch_review_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SESSION_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The session whose ideas are shown, as chosen, or NULL for all. */
static const char *
get_session_id (ChReviewPage *self)
{
  return self->session_chooser != NULL
         ? ch_session_chooser_get_session_id (self->session_chooser) : NULL;
}

static void queue_refresh (ChReviewPage *self);

static gboolean
is_live (ChReviewPage *self,
         ChIdea       *idea)
{
  return self->project != NULL &&
         ch_project_lookup (self->project, CH_TYPE_IDEA,
                            ch_entity_get_id (CH_ENTITY (idea))) == CH_ENTITY (idea);
}

static void
update_content (ChReviewPage *self)
{
  gboolean empty = g_hash_table_size (self->cards) == 0;

  gtk_stack_set_visible_child_name (self->content_stack, empty ? "empty" : "review");
}

static void
update_selection (ChReviewPage *self)
{
  guint n_selected = g_hash_table_size (self->selected);
  g_autofree char *text = NULL;

  if (n_selected > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u idea selected",
                                         "%u ideas selected", n_selected),
                            n_selected);
  else
    text = g_strdup (_("Select ideas to decide on several at once"));

  gtk_label_set_label (self->selection_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.clear-selection", n_selected > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.decide", self->project != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.set-status", self->project != NULL);
}

/* Calls @func on each row of an idea the cards show. */
static void
foreach_idea_row (ChReviewPage *self,
                  void        (*func) (ChReviewIdeaRow *row,
                                       gpointer         user_data),
                  gpointer      user_data)
{
  for (GtkWidget *card = gtk_widget_get_first_child (GTK_WIDGET (self->card_list));
       card != NULL;
       card = gtk_widget_get_next_sibling (card))
    {
      GtkListBox *idea_list;

      if (!CH_IS_REVIEW_CARD (card))
        continue;

      idea_list = ch_review_card_get_idea_list (CH_REVIEW_CARD (card));
      for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (idea_list));
           row != NULL;
           row = gtk_widget_get_next_sibling (row))
        if (CH_IS_REVIEW_IDEA_ROW (row))
          func (CH_REVIEW_IDEA_ROW (row), user_data);
    }
}

static void
unselect_row (ChReviewIdeaRow *row,
              gpointer         user_data)
{
  ch_review_idea_row_set_selected (row, FALSE);
}

static void
clear_selection (ChReviewPage *self)
{
  foreach_idea_row (self, unselect_row, NULL);
  g_hash_table_remove_all (self->selected);
  update_selection (self);
}

/* What is selected stays selected while it is shown: an idea that left
 * the top of its cluster, or the project, is no longer. */
static void
prune_selection (ChReviewPage *self,
                 GHashTable   *shown)
{
  GHashTableIter iter;
  gpointer idea;

  g_hash_table_iter_init (&iter, self->selected);
  while (g_hash_table_iter_next (&iter, &idea, NULL))
    if (!g_hash_table_contains (shown, idea) || !is_live (self, idea))
      g_hash_table_iter_remove (&iter);
}

/* The top ideas of @ideas by their dots, as ch_project_rank_ideas()
 * ranks them; adds them to @shown. */
static void
rank_ideas (ChReviewPage *self,
            ChReviewRank *rank,
            GListModel   *ideas,
            GHashTable   *shown)
{
  g_autoptr(GPtrArray) ranks = NULL;
  g_autoptr(GPtrArray) top = g_ptr_array_new ();
  g_autoptr(GListStore) of_session = NULL;
  const char *session_id = get_session_id (self);

  /* With a session chosen: only its ideas. */
  if (session_id != NULL)
    {
      guint n_ideas = g_list_model_get_n_items (ideas);

      of_session = g_list_store_new (CH_TYPE_IDEA);
      for (guint i = 0; i < n_ideas; i++)
        {
          g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, i);

          if (ch_session_chooser_match (session_id, idea))
            g_list_store_append (of_session, idea);
        }
      ideas = G_LIST_MODEL (of_session);
    }

  ranks = ch_project_rank_ideas (self->project, ideas);

  for (guint i = 0; i < ranks->len && i < TOP_IDEAS; i++)
    {
      ChRank *idea_rank = g_ptr_array_index (ranks, i);

      g_ptr_array_add (top, idea_rank->entity);
      g_hash_table_add (shown, idea_rank->entity);
    }

  ch_review_rank_set_ideas (rank, top, ranks->len);
}

static void
cluster_moved_cb (ChReviewPage *self)
{
  queue_refresh (self);
}

static void
row_selected_cb (ChReviewPage    *self,
                 GParamSpec      *pspec,
                 ChReviewIdeaRow *row)
{
  ChIdea *idea = ch_review_idea_row_get_idea (row);

  if (ch_review_idea_row_get_selected (row))
    g_hash_table_add (self->selected, g_object_ref (idea));
  else
    g_hash_table_remove (self->selected, idea);

  update_selection (self);
}

static GtkWidget *
create_idea_row (gpointer item,
                 gpointer user_data)
{
  ChReviewPage *self = user_data;
  GtkWidget *row = ch_review_idea_row_new (CH_IDEA (item));

  ch_review_idea_row_set_selected (CH_REVIEW_IDEA_ROW (row),
                                   g_hash_table_contains (self->selected, item));
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (row_selected_cb), self,
                           G_CONNECT_SWAPPED);

  return row;
}

static int
compare_cards (GtkListBoxRow *a,
               GtkListBoxRow *b,
               gpointer       user_data)
{
  guint order_a = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (a), "ch-order"));
  guint order_b = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (b), "ch-order"));

  return order_a < order_b ? -1 : order_a > order_b;
}

static void
remove_cards (ChReviewPage *self,
              GHashTable   *kept)
{
  GHashTableIter iter;
  gpointer place;
  gpointer card;

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, &place, &card))
    if (kept == NULL || !g_hash_table_contains (kept, place))
      {
        gtk_list_box_remove (self->card_list, card);
        g_hash_table_iter_remove (&iter);
      }
}

/* Brings the cards to @places, in order: a place that stays keeps its
 * card (and the keyboard in it), which moves when its rank does. */
static void
show_places (ChReviewPage *self,
             GPtrArray    *places)
{
  g_autoptr(GHashTable) kept = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < places->len; i++)
    {
      ChReviewRank *place = g_ptr_array_index (places, i);
      GtkWidget *card = g_hash_table_lookup (self->cards, place);

      if (card == NULL)
        {
          card = ch_review_card_new (self->project, place, create_idea_row, self);
          g_object_set_data (G_OBJECT (card), "ch-order", GUINT_TO_POINTER (i));
          g_hash_table_insert (self->cards, g_object_ref (place), card);
          gtk_list_box_append (self->card_list, card);
        }
      else
        g_object_set_data (G_OBJECT (card), "ch-order", GUINT_TO_POINTER (i));

      g_hash_table_add (kept, place);
    }

  remove_cards (self, kept);
  gtk_list_box_invalidate_sort (self->card_list);
}

/* Works the ranking out again, and brings the cards to it. */
static void
refresh (ChReviewPage *self)
{
  g_autoptr(GHashTable) shown = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) ranked = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) places = g_ptr_array_new ();
  g_autoptr(GPtrArray) ranks = NULL;
  g_autoptr(GListStore) voted = NULL;
  const char *session_id = get_session_id (self);
  GListModel *unsorted;
  GHashTableIter iter;
  gpointer cluster;
  guint n_unsorted;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->refresh_pending = FALSE;

  if (self->project == NULL)
    {
      show_places (self, places);
      update_content (self);
      return;
    }

  ranks = ch_project_rank_clusters (self->project, session_id);
  for (guint i = 0; i < ranks->len; i++)
    {
      ChRank *rank = g_ptr_array_index (ranks, i);
      ChRank *before = i > 0 ? g_ptr_array_index (ranks, i - 1) : NULL;
      ChRank *after = i + 1 < ranks->len ? g_ptr_array_index (ranks, i + 1) : NULL;
      ChCluster *ranked_cluster = CH_CLUSTER (rank->entity);
      ChReviewRank *place = g_hash_table_lookup (self->by_cluster, ranked_cluster);
      g_autoptr(GPtrArray) personas = NULL;

      if (place == NULL)
        {
          place = ch_review_rank_new (ranked_cluster);
          g_hash_table_insert (self->by_cluster, ranked_cluster, place);
          g_signal_connect_object (ranked_cluster, "notify::position",
                                   G_CALLBACK (cluster_moved_cb), self, G_CONNECT_SWAPPED);
        }

      ch_review_rank_set_place (place, rank->rank, rank->dots,
                                (before != NULL && before->rank == rank->rank) ||
                                (after != NULL && after->rank == rank->rank));
      rank_ideas (self, place, ch_project_get_cluster_ideas (self->project, ranked_cluster), shown);
      personas = ch_project_list_cluster_personas (self->project, ranked_cluster,
                                                   session_id);
      ch_review_rank_set_personas (place, personas);

      g_ptr_array_add (places, place);
      g_hash_table_add (ranked, ranked_cluster);
    }

  g_hash_table_iter_init (&iter, self->by_cluster);
  while (g_hash_table_iter_next (&iter, &cluster, NULL))
    if (!g_hash_table_contains (ranked, cluster))
      {
        g_signal_handlers_disconnect_by_func (cluster, cluster_moved_cb, self);
        g_hash_table_iter_remove (&iter);
      }

  /* Unsorted: the ideas in no cluster that have dots. */
  unsorted = ch_project_get_cluster_ideas (self->project, NULL);
  n_unsorted = g_list_model_get_n_items (unsorted);
  voted = g_list_store_new (CH_TYPE_IDEA);
  for (guint i = 0; i < n_unsorted; i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (unsorted, i);

      if (ch_idea_get_vote_count (idea) > 0 && ch_session_chooser_match (session_id, idea))
        g_list_store_append (voted, idea);
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (voted)) > 0)
    {
      g_autoptr(GPtrArray) none = g_ptr_array_new ();
      int dots = 0;

      if (self->unsorted == NULL)
        self->unsorted = ch_review_rank_new (NULL);

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (voted)); i++)
        {
          g_autoptr(ChIdea) idea = g_list_model_get_item (G_LIST_MODEL (voted), i);

          dots += ch_idea_get_vote_count (idea);
        }

      ch_review_rank_set_place (self->unsorted, 0, dots, FALSE);
      rank_ideas (self, self->unsorted, G_LIST_MODEL (voted), shown);
      ch_review_rank_set_personas (self->unsorted, none);
      g_ptr_array_add (places, self->unsorted);
    }

  show_places (self, places);

  prune_selection (self, shown);
  update_selection (self);
  update_content (self);
}

static gboolean
refresh_cb (gpointer user_data)
{
  ChReviewPage *self = user_data;

  self->refresh_source = 0;
  refresh (self);

  return G_SOURCE_REMOVE;
}

/* The ranking may have changed: it is worked out again soon, before the
 * next frame, or when the page is shown. */
static void
queue_refresh (ChReviewPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->refresh_pending = TRUE;
  else if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_cb, self, NULL);
}

static void
project_changed_cb (ChReviewPage *self)
{
  queue_refresh (self);
}

/* The idea whose row holds the keyboard, if one does. */
static ChIdea *
get_focused_idea (ChReviewPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return NULL;

  row = CH_IS_REVIEW_IDEA_ROW (focus) ? focus
                                      : gtk_widget_get_ancestor (focus, CH_TYPE_REVIEW_IDEA_ROW);

  return row != NULL ? ch_review_idea_row_get_idea (CH_REVIEW_IDEA_ROW (row)) : NULL;
}

static void
set_status (ChReviewPage  *self,
            ChIdea       **ideas,
            guint          n_ideas,
            ChIdeaStatus   status)
{
  g_autoptr(GError) error = NULL;

  if (!ch_project_set_status_many (self->project, ideas, n_ideas, status, &error))
    ch_window_report_error (GTK_WIDGET (self), error);
}

static gboolean
parse_status (const char   *nick,
              ChIdeaStatus *status)
{
  int value;

  if (!ch_enum_from_nick (CH_TYPE_IDEA_STATUS, nick, &value))
    return FALSE;

  *status = value;

  return TRUE;
}

/* review.decide('accepted'): the selected ideas, or the one in focus,
 * take a status, as one step. */
static void
decide_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ChReviewPage *self = CH_REVIEW_PAGE (widget);
  g_autoptr(GPtrArray) ideas = g_ptr_array_new ();
  ChIdeaStatus status;
  GHashTableIter iter;
  gpointer idea;

  if (self->project == NULL || !parse_status (g_variant_get_string (parameter, NULL), &status))
    return;

  g_hash_table_iter_init (&iter, self->selected);
  while (g_hash_table_iter_next (&iter, &idea, NULL))
    if (is_live (self, idea))
      g_ptr_array_add (ideas, idea);

  if (g_hash_table_size (self->selected) == 0 && (idea = get_focused_idea (self)) != NULL)
    g_ptr_array_add (ideas, idea);

  if (ideas->len == 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  set_status (self, (ChIdea **) ideas->pdata, ideas->len, status);
}

/* review.set-status(('id', 'accepted')): one idea takes a status, from
 * the drop-down of its row. */
static void
set_status_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ChReviewPage *self = CH_REVIEW_PAGE (widget);
  const char *idea_id;
  const char *nick;
  ChIdeaStatus status;
  ChEntity *idea;

  g_variant_get (parameter, "(&s&s)", &idea_id, &nick);

  if (self->project == NULL || !parse_status (nick, &status) ||
      (idea = ch_project_lookup (self->project, CH_TYPE_IDEA, idea_id)) == NULL)
    return;

  set_status (self, (ChIdea **) &idea, 1, status);
}

static void
clear_selection_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  clear_selection (CH_REVIEW_PAGE (widget));
}

static void
session_chosen_cb (ChReviewPage *self)
{
  queue_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION_ID]);
}

static void
ch_review_page_map (GtkWidget *widget)
{
  ChReviewPage *self = CH_REVIEW_PAGE (widget);

  GTK_WIDGET_CLASS (ch_review_page_parent_class)->map (widget);

  if (self->refresh_pending)
    refresh (self);
}

static void
ch_review_page_dispose (GObject *object)
{
  ChReviewPage *self = CH_REVIEW_PAGE (object);

  ch_review_page_set_project (self, NULL);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->content_stack = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_REVIEW_PAGE);

  G_OBJECT_CLASS (ch_review_page_parent_class)->dispose (object);
}

static void
ch_review_page_finalize (GObject *object)
{
  ChReviewPage *self = CH_REVIEW_PAGE (object);

  g_clear_pointer (&self->cards, g_hash_table_unref);
  g_clear_object (&self->unsorted);
  g_clear_pointer (&self->by_cluster, g_hash_table_unref);
  g_clear_pointer (&self->selected, g_hash_table_unref);

  G_OBJECT_CLASS (ch_review_page_parent_class)->finalize (object);
}

static void
ch_review_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ChReviewPage *self = CH_REVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_SESSION_ID:
      g_value_set_string (value, get_session_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_review_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ChReviewPage *self = CH_REVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      ch_review_page_set_project (self, g_value_get_object (value));
      break;

    case PROP_SESSION_ID:
      ch_review_page_set_session_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_review_page_class_init (ChReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_review_page_dispose;
  object_class->finalize = ch_review_page_finalize;
  object_class->get_property = ch_review_page_get_property;
  object_class->set_property = ch_review_page_set_property;

  widget_class->map = ch_review_page_map;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         CH_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* The id of the session whose ideas are ranked, or NULL for all. */
  properties[PROP_SESSION_ID] =
    g_param_spec_string ("session-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CH_TYPE_SESSION_CHOOSER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-review-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ChReviewPage, card_list);
  gtk_widget_class_bind_template_child (widget_class, ChReviewPage, selection_label);
  gtk_widget_class_bind_template_child (widget_class, ChReviewPage, session_chooser);
  gtk_widget_class_bind_template_child_full (widget_class, "accept_button", FALSE, 0);

  gtk_widget_class_install_action (widget_class, "review.decide", "s", decide_activated);
  gtk_widget_class_install_action (widget_class, "review.set-status", "(ss)",
                                   set_status_activated);
  gtk_widget_class_install_action (widget_class, "review.clear-selection", NULL,
                                   clear_selection_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "review.clear-selection", NULL);
}

static void
ch_review_page_init (ChReviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->content_stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
  self->cards = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  gtk_list_box_set_sort_func (self->card_list, compare_cards, NULL, NULL);
  self->by_cluster = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->selected = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  g_signal_connect_object (self->session_chooser, "notify::session-id",
                           G_CALLBACK (session_chosen_cb), self, G_CONNECT_SWAPPED);

  update_content (self);
  update_selection (self);
}

/**
 * ch_review_page_get_project:
 *
 * Returns: (transfer none) (nullable): the project reviewed
 */
ChProject *
ch_review_page_get_project (ChReviewPage *self)
{
  g_return_val_if_fail (CH_IS_REVIEW_PAGE (self), NULL);

  return self->project;
}

void
ch_review_page_set_project (ChReviewPage *self,
                            ChProject    *project)
{
  GHashTableIter iter;
  gpointer cluster;

  g_return_if_fail (CH_IS_REVIEW_PAGE (self));
  g_return_if_fail (project == NULL || CH_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_data (ch_project_get_ideas (self->project), self);
      g_signal_handlers_disconnect_by_data (ch_project_get_clusters (self->project), self);
      g_signal_handlers_disconnect_by_data (ch_project_get_personas (self->project), self);
      g_signal_handlers_disconnect_by_data (self->project, self);
    }

  g_hash_table_iter_init (&iter, self->by_cluster);
  while (g_hash_table_iter_next (&iter, &cluster, NULL))
    g_signal_handlers_disconnect_by_func (cluster, cluster_moved_cb, self);
  g_hash_table_remove_all (self->by_cluster);
  g_hash_table_remove_all (self->selected);
  g_clear_object (&self->unsorted);
  /* Disposed: the template's objects are gone. */
  if (self->card_list != NULL)
    remove_cards (self, NULL);

  g_set_object (&self->project, project);
  if (self->session_chooser != NULL)
    ch_session_chooser_set_project (self->session_chooser, project);

  if (project != NULL)
    {
      const char *signals[] = { "ideas-changed", "votes-changed" };
      GListModel *lists[] = {
        ch_project_get_ideas (project),
        ch_project_get_clusters (project),
        ch_project_get_personas (project),
      };

      for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
        g_signal_connect_object (project, signals[i], G_CALLBACK (project_changed_cb), self,
                                 G_CONNECT_SWAPPED);
      for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
        g_signal_connect_object (lists[i], "items-changed", G_CALLBACK (project_changed_cb),
                                 self, G_CONNECT_SWAPPED);

      /* The ranking is worked out when the page is first shown. */
      self->refresh_pending = TRUE;
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        refresh (self);
    }

  if (self->content_stack != NULL)
    {
      update_content (self);
      update_selection (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * ch_review_page_get_selection:
 *
 * Returns: (transfer container) (element-type ChIdea): the ideas selected
 */
GPtrArray *
ch_review_page_get_selection (ChReviewPage *self)
{
  GPtrArray *ideas;
  GHashTableIter iter;
  gpointer idea;

  g_return_val_if_fail (CH_IS_REVIEW_PAGE (self), NULL);

  ideas = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, self->selected);
  while (g_hash_table_iter_next (&iter, &idea, NULL))
    g_ptr_array_add (ideas, idea);

  return ideas;
}

/**
 * ch_review_page_get_session_id:
 *
 * Returns: (nullable): the id of the session whose ideas are ranked, or
 *   %NULL for all
 */
const char *
ch_review_page_get_session_id (ChReviewPage *self)
{
  g_return_val_if_fail (CH_IS_REVIEW_PAGE (self), NULL);

  return get_session_id (self);
}

/**
 * ch_review_page_set_session_id:
 * @session_id: (nullable): a session of the project, or %NULL for all
 *
 * Ranks the clusters by the ideas of one session, or of all of them.
 */
void
ch_review_page_set_session_id (ChReviewPage *self,
                               const char   *session_id)
{
  g_return_if_fail (CH_IS_REVIEW_PAGE (self));

  if (self->session_chooser != NULL)
    ch_session_chooser_set_session_id (self->session_chooser, session_id);
}
