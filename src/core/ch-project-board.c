/* ch-project-board.c: affinity mapping, the part of ChProject that puts
 * ideas into clusters
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where an idea is on the board is two of its properties: its cluster
 * (none for Unsorted) and its position among the ideas of that cluster.
 * Inside a cluster the positions are 0 to n - 1, in order: every step
 * that moves cards renumbers the clusters it takes cards from and the
 * one it puts them in, and writes only the ideas whose position really
 * changes. Unsorted is kept in order too, but with gaps: thousands of
 * ideas wait there after a capture, and a card taken from it changes
 * none of the others; a card put into it takes the position after the
 * card before it, pushing the next ones on only as far as they need.
 *
 * Each operation is one step (one transaction, one undo), put together
 * with a ChProjectEdit, and finds the ideas of a cluster in their order
 * on the board (ch-board.c), which is also what views show.
 */

#define G_LOG_DOMAIN "ch-project"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ch-project-private.h"

static gboolean
is_live (ChProject *self,
         gpointer   entity)
{
  return ch_project_lookup (self, G_OBJECT_TYPE (entity),
                            ch_entity_get_id (CH_ENTITY (entity))) == entity;
}

/* Puts @idea at @position of @cluster_id in @edit, when it is not there. */
static void
set_place (ChProjectEdit *edit,
           ChIdea        *idea,
           const char    *cluster_id,
           int            position)
{
  const char *cluster_now;
  int position_now;

  ch_project_edit_get_place (edit, idea, &cluster_now, &position_now);
  if (g_strcmp0 (cluster_now, cluster_id) == 0 && position_now == position)
    return;

  ch_project_edit_place (edit, idea, cluster_id, position);
}

/* Gives the ideas of @order, a cluster's in their new order, their
 * positions: 0 to n - 1 in a cluster. In Unsorted (@cluster_id NULL) the
 * ideas before @from stay as they are, each arriving idea takes the
 * position after the one before it, and the others keep theirs unless
 * that would put them before it. */
static void
place_ideas (ChProjectEdit *edit,
             GPtrArray     *order,
             const char    *cluster_id,
             GHashTable    *arriving,
             guint          from)
{
  int previous = -1;
  guint last_arriving = 0;

  if (cluster_id != NULL)
    {
      for (guint i = 0; i < order->len; i++)
        set_place (edit, g_ptr_array_index (order, i), cluster_id, i);
      return;
    }

  for (guint i = from; i < order->len; i++)
    if (arriving != NULL && g_hash_table_contains (arriving, g_ptr_array_index (order, i)))
      last_arriving = i;

  if (from > 0 && from <= order->len)
    previous = ch_idea_get_position (g_ptr_array_index (order, from - 1));

  for (guint i = from; i < order->len; i++)
    {
      ChIdea *idea = g_ptr_array_index (order, i);
      int position = ch_idea_get_position (idea);

      if (arriving != NULL && g_hash_table_contains (arriving, idea))
        position = previous + 1;
      else if (position > previous)
        {
          /* In order from here on: nothing more moves. */
          if (i > last_arriving)
            break;
        }
      else
        position = previous + 1;

      set_place (edit, idea, NULL, position);
      previous = position;
    }
}

/* The ideas of @column in order, without those in @leaving. */
static GPtrArray *
list_staying (ChClusterIdeas *column,
              GHashTable     *leaving,
              ChProjectEdit  *edit)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (column));
  GPtrArray *ideas = g_ptr_array_sized_new (n_items);

  for (guint i = 0; i < n_items; i++)
    {
      ChIdea *idea = ch_cluster_ideas_peek (column, i);

      if ((leaving == NULL || !g_hash_table_contains (leaving, idea)) &&
          (edit == NULL || !ch_project_edit_is_removed (edit, CH_ENTITY (idea))))
        g_ptr_array_add (ideas, idea);
    }

  return ideas;
}

/* Moves @ideas (each once, in their order) into the column of
 * @cluster_id at @position among the ideas that stay there (-1: at the
 * end), in @edit; the columns they leave close up.
 *
 * Returns: (transfer full): the ideas moved, each once */
static GPtrArray *
move_into (ChProject      *self,
           ChProjectEdit  *edit,
           ChIdea        **ideas,
           guint           n_ideas,
           const char     *cluster_id,
           int             position)
{
  ChBoard *board = ch_project_get_board (self);
  ChClusterIdeas *target = ch_board_get_column (board, cluster_id);
  g_autoptr(GHashTable) moving = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();
  g_autoptr(GPtrArray) order = NULL;
  GPtrArray *moved = g_ptr_array_new ();
  guint index;

  for (guint i = 0; i < n_ideas; i++)
    if (g_hash_table_add (moving, ideas[i]))
      g_ptr_array_add (moved, ideas[i]);

  for (guint i = 0; i < moved->len; i++)
    {
      ChClusterIdeas *source = ch_board_find_column (board, g_ptr_array_index (moved, i));

      if (source != NULL && source != target && !g_ptr_array_find (sources, source, NULL))
        g_ptr_array_add (sources, source);
    }

  /* The clusters they leave close up; Unsorted keeps its gaps. */
  for (guint i = 0; i < sources->len; i++)
    {
      ChClusterIdeas *source = g_ptr_array_index (sources, i);
      const char *source_id = ch_cluster_ideas_get_cluster_id (source);
      g_autoptr(GPtrArray) staying = NULL;

      if (source_id == NULL)
        continue;

      staying = list_staying (source, moving, NULL);
      place_ideas (edit, staying, source_id, NULL, 0);
    }

  order = list_staying (target, moving, NULL);
  index = position < 0 ? order->len : MIN ((guint)position, order->len);
  for (guint i = 0; i < moved->len; i++)
    g_ptr_array_insert (order, index + i, g_ptr_array_index (moved, i));

  place_ideas (edit, order, cluster_id, moving, index);

  return moved;
}

/* "Move “Pay by invoice” to “Payment friction”", "Move 3 ideas to
 * Unsorted". */
static char *
describe_move (GPtrArray *moved,
               ChCluster *cluster)
{
  g_autofree char *cluster_name = cluster ? ch_project_dup_label_name (CH_ENTITY (cluster)) : NULL;
  g_autofree char *idea_name = NULL;
  guint n = moved->len;

  if (n == 1)
    idea_name = ch_project_dup_label_name (g_ptr_array_index (moved, 0));

  if (idea_name != NULL && *idea_name != '\0')
    {
      if (cluster != NULL)
        /* Translators: undoing or redoing a move on the board; the first
         * %s is an idea's title, the second a cluster's name */
        return g_strdup_printf (_("Move “%s” to “%s”"), idea_name, cluster_name);
      /* Translators: undoing or redoing a move on the board; %s is an
       * idea's title. Unsorted is the column of ideas in no cluster. */
      return g_strdup_printf (_("Move “%s” to Unsorted"), idea_name);
    }

  if (cluster != NULL)
    /* Translators: undoing or redoing a move on the board; %s is a
     * cluster's name */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Move %u idea to “%s”",
                                         "Move %u ideas to “%s”", n),
                            n, cluster_name);

  /* Translators: undoing or redoing a move on the board. Unsorted is the
   * column of ideas in no cluster. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Move %u idea to Unsorted",
                                       "Move %u ideas to Unsorted", n),
                          n);
}

static int
compare_clusters (gconstpointer a,
                  gconstpointer b)
{
  int pa = ch_cluster_get_position (*(ChCluster **)a);
  int pb = ch_cluster_get_position (*(ChCluster **)b);

  return (pa > pb) - (pa < pb);
}

/* Gives the clusters of @order positions 0 to n - 1. */
static void
number_clusters (ChProjectEdit *edit,
                 GPtrArray     *order)
{
  for (guint i = 0; i < order->len; i++)
    {
      ChEntity *cluster = g_ptr_array_index (order, i);

      if (ch_cluster_get_position (CH_CLUSTER (ch_project_edit_peek (edit, cluster))) != (int)i)
        g_object_set (ch_project_edit_change (edit, cluster), "position", i, NULL);
    }
}

/**
 * ch_project_list_clusters:
 *
 * Returns: (transfer full) (element-type ChCluster): the clusters in the
 *   board's order: by position, then in the order of
 *   ch_project_get_clusters()
 */
GPtrArray *
ch_project_list_clusters (ChProject *self)
{
  GListModel *clusters;
  guint n_clusters;
  GPtrArray *list;

  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);

  clusters = ch_project_get_clusters (self);
  n_clusters = g_list_model_get_n_items (clusters);
  list = g_ptr_array_new_full (n_clusters, g_object_unref);
  for (guint i = 0; i < n_clusters; i++)
    g_ptr_array_add (list, g_list_model_get_item (clusters, i));

  /* Stable: equal positions keep the list's order. */
  g_ptr_array_sort (list, compare_clusters);

  return list;
}

/**
 * ch_project_get_cluster_ideas:
 * @cluster: (nullable): a cluster of the project, or %NULL for the ideas
 *   in no cluster (Unsorted)
 *
 * The ideas of one column of the board, by position, as a list that
 * follows every change: each step that moves ideas in or out of it, or
 * inside it, changes it with one items-changed, once the step's objects
 * have changed. The first call makes the board for all clusters (one
 * pass over the ideas); each later one costs a lookup. A board page asks
 * for one per cluster, and the clusters themselves in order from
 * ch_project_get_clusters() sorted by their "position".
 *
 * The list of a cluster that is deleted stays, empty, and fills again if
 * the deletion is undone.
 *
 * Returns: (transfer none): a list of #ChIdea, as long as the project
 */
GListModel *
ch_project_get_cluster_ideas (ChProject *self,
                              ChCluster *cluster)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);
  g_return_val_if_fail (cluster == NULL || CH_IS_CLUSTER (cluster), NULL);

  return G_LIST_MODEL (ch_board_get_column (ch_project_get_board (self),
                                            cluster ? ch_entity_get_id (CH_ENTITY (cluster))
                                                    : NULL));
}

/**
 * ch_project_move_ideas:
 * @ideas: (array length=n_ideas): ideas of the project; one that is
 *   there twice is moved once
 * @cluster: (nullable): where they go, or %NULL for Unsorted
 * @position: where among the ideas of @cluster that are not moved (0 is
 *   first), or -1 (or any number past the end) for after them
 *
 * Moves ideas, in the order given, to one place of the board: a drop of
 * one card or of a selection, "Move to cluster". The clusters they leave
 * close up; all of it is one step.
 */
gboolean
ch_project_move_ideas (ChProject  *self,
                       ChIdea    **ideas,
                       guint       n_ideas,
                       ChCluster  *cluster,
                       int         position,
                       GError    **error)
{
  g_autoptr(ChProjectEdit) edit = NULL;
  g_autoptr(GPtrArray) moved = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (cluster == NULL || (CH_IS_CLUSTER (cluster) && is_live (self, cluster)),
                        FALSE);
  for (guint i = 0; i < n_ideas; i++)
    g_return_val_if_fail (CH_IS_IDEA (ideas[i]) && is_live (self, ideas[i]), FALSE);

  if (n_ideas == 0)
    return TRUE;

  edit = ch_project_edit_new (self);
  moved = move_into (self, edit, ideas, n_ideas,
                     cluster ? ch_entity_get_id (CH_ENTITY (cluster)) : NULL, position);
  label = describe_move (moved, cluster);

  return ch_project_edit_commit (edit, label, error);
}

/**
 * ch_project_create_cluster_from:
 * @name: the new cluster's name
 * @color: (nullable): its colour, "#rrggbb"
 * @ideas: (array length=n_ideas): ideas of the project
 *
 * Makes a cluster after the others and moves @ideas into it, in their
 * order, as one step: a drop on the board's empty space, or "New cluster
 * from selection".
 *
 * Returns: (transfer none) (nullable): the new cluster
 */
ChCluster *
ch_project_create_cluster_from (ChProject   *self,
                                const char  *name,
                                const char  *color,
                                ChIdea     **ideas,
                                guint        n_ideas,
                                GError     **error)
{
  g_autoptr(ChProjectEdit) edit = NULL;
  g_autoptr(ChCluster) cluster = NULL;
  g_autoptr(GPtrArray) clusters = NULL;
  g_autoptr(GPtrArray) moved = NULL;
  g_autofree char *label = NULL;
  g_autofree char *label_name = NULL;
  int position = 0;

  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  for (guint i = 0; i < n_ideas; i++)
    g_return_val_if_fail (CH_IS_IDEA (ideas[i]) && is_live (self, ideas[i]), NULL);

  clusters = ch_project_list_clusters (self);
  if (clusters->len > 0)
    position = ch_cluster_get_position (g_ptr_array_index (clusters, clusters->len - 1)) + 1;

  cluster = ch_cluster_new (NULL, name);
  g_object_set (cluster, "color", color, "position", position, NULL);

  edit = ch_project_edit_new (self);
  ch_project_edit_add (edit, CH_ENTITY (cluster));
  moved = move_into (self, edit, ideas, n_ideas, ch_entity_get_id (CH_ENTITY (cluster)), -1);

  label_name = ch_project_dup_label_name (CH_ENTITY (cluster));
  if (*label_name != '\0')
    /* Translators: undoing or redoing; %s is the name of a cluster made
     * from the ideas selected on the board */
    label = g_strdup_printf (_("New cluster “%s”"), label_name);
  else
    label = g_strdup (_("New cluster"));

  if (!ch_project_edit_commit (edit, label, error))
    return NULL;

  return cluster;
}

/**
 * ch_project_reorder_idea:
 * @position: the idea's new place in its column (0 is first)
 *
 * Moves an idea up or down in its cluster (or in Unsorted), as one step.
 */
gboolean
ch_project_reorder_idea (ChProject  *self,
                         ChIdea     *idea,
                         guint       position,
                         GError    **error)
{
  g_autoptr(ChProjectEdit) edit = NULL;
  g_autoptr(GPtrArray) moved = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  ChClusterIdeas *column;
  guint n_items;
  guint index = 0;

  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (CH_IS_IDEA (idea) && is_live (self, idea), FALSE);

  column = ch_board_find_column (ch_project_get_board (self), idea);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (column));
  position = MIN (position, n_items - 1);
  while (ch_cluster_ideas_peek (column, index) != idea)
    index++;

  if (position == index)
    return TRUE;

  edit = ch_project_edit_new (self);
  moved = move_into (self, edit, &idea, 1, ch_cluster_ideas_get_cluster_id (column), position);

  name = ch_project_dup_label_name (CH_ENTITY (idea));
  if (position < index)
    /* Translators: undoing or redoing; %s is an idea's title */
    label = g_strdup_printf (_("Move “%s” up"), name);
  else
    /* Translators: undoing or redoing; %s is an idea's title */
    label = g_strdup_printf (_("Move “%s” down"), name);

  return ch_project_edit_commit (edit, label, error);
}

/**
 * ch_project_move_cluster:
 * @position: the cluster's new place on the board (0 is first)
 *
 * Moves a column of the board, as one step; the clusters are numbered 0
 * to n - 1 again.
 */
gboolean
ch_project_move_cluster (ChProject  *self,
                         ChCluster  *cluster,
                         guint       position,
                         GError    **error)
{
  g_autoptr(ChProjectEdit) edit = NULL;
  g_autoptr(GPtrArray) order = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (CH_IS_CLUSTER (cluster) && is_live (self, cluster), FALSE);

  order = ch_project_list_clusters (self);
  g_ptr_array_remove (order, cluster);
  g_ptr_array_insert (order, MIN (position, order->len), g_object_ref (cluster));

  edit = ch_project_edit_new (self);
  number_clusters (edit, order);

  name = ch_project_dup_label_name (CH_ENTITY (cluster));
  /* Translators: undoing or redoing; %s is the name of a cluster moved
   * on the board */
  label = g_strdup_printf (_("Move “%s”"), name);

  return ch_project_edit_commit (edit, label, error);
}

/**
 * ch_project_merge_clusters:
 * @from: the cluster that goes
 * @into: the cluster that takes its ideas, after its own
 *
 * Merges two clusters as one step: @into keeps its name, summary and
 * colour.
 */
gboolean
ch_project_merge_clusters (ChProject  *self,
                           ChCluster  *from,
                           ChCluster  *into,
                           GError    **error)
{
  g_autoptr(ChProjectEdit) edit = NULL;
  g_autoptr(GPtrArray) ideas = NULL;
  g_autoptr(GPtrArray) moved = NULL;
  g_autoptr(GPtrArray) order = NULL;
  g_autofree char *from_name = NULL;
  g_autofree char *into_name = NULL;
  g_autofree char *label = NULL;
  GListModel *column;

  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (CH_IS_CLUSTER (from) && is_live (self, from), FALSE);
  g_return_val_if_fail (CH_IS_CLUSTER (into) && is_live (self, into), FALSE);
  g_return_val_if_fail (from != into, FALSE);

  column = ch_project_get_cluster_ideas (self, from);
  ideas = list_staying (CH_CLUSTER_IDEAS (column), NULL, NULL);

  edit = ch_project_edit_new (self);
  moved = move_into (self, edit, (ChIdea **)ideas->pdata, ideas->len,
                     ch_entity_get_id (CH_ENTITY (into)), -1);
  ch_project_edit_remove (edit, CH_ENTITY (from));

  order = ch_project_list_clusters (self);
  g_ptr_array_remove (order, from);
  number_clusters (edit, order);

  from_name = ch_project_dup_label_name (CH_ENTITY (from));
  into_name = ch_project_dup_label_name (CH_ENTITY (into));
  /* Translators: undoing or redoing; the first %s is the name of the
   * cluster that goes, the second of the one that takes its ideas */
  label = g_strdup_printf (_("Merge “%s” into “%s”"), from_name, into_name);

  return ch_project_edit_commit (edit, label, error);
}

static int
compare_served (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GHashTable *counts = user_data;
  guint ca = GPOINTER_TO_UINT (g_hash_table_lookup (counts, ch_entity_get_id (*(ChEntity **)a)));
  guint cb = GPOINTER_TO_UINT (g_hash_table_lookup (counts, ch_entity_get_id (*(ChEntity **)b)));

  return (ca < cb) - (ca > cb);
}

/**
 * ch_project_list_cluster_personas:
 * @session_id: (nullable): the id of a session whose ideas count, or
 *   %NULL for all of them
 *
 * Returns: (transfer full) (element-type ChPersona): the personas the
 *   ideas of @cluster serve, those served by most ideas first (then in
 *   the order of ch_project_get_personas())
 */
GPtrArray *
ch_project_list_cluster_personas (ChProject  *self,
                                  ChCluster  *cluster,
                                  const char *session_id)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *ideas;
  GListModel *personas;
  GPtrArray *served;
  guint n_ideas;
  guint n_personas;

  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);

  ideas = ch_project_get_cluster_ideas (self, cluster);
  n_ideas = g_list_model_get_n_items (ideas);
  for (guint i = 0; i < n_ideas; i++)
    {
      ChIdea *idea = ch_cluster_ideas_peek (CH_CLUSTER_IDEAS (ideas), i);
      const char * const *ids = ch_idea_get_personas (idea);

      if (session_id != NULL && g_strcmp0 (ch_idea_get_session_id (idea), session_id) != 0)
        continue;

      for (guint j = 0; ids != NULL && ids[j] != NULL; j++)
        {
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, ids[j]));

          g_hash_table_insert (counts, (gpointer)ids[j], GUINT_TO_POINTER (count + 1));
        }
    }

  personas = ch_project_get_personas (self);
  n_personas = g_list_model_get_n_items (personas);
  served = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_personas; i++)
    {
      g_autoptr(ChPersona) persona = g_list_model_get_item (personas, i);

      if (g_hash_table_contains (counts, ch_entity_get_id (CH_ENTITY (persona))))
        g_ptr_array_add (served, g_steal_pointer (&persona));
    }

  /* Most served first; a stable sort keeps the personas' order. */
  g_ptr_array_sort_with_data (served, compare_served, counts);

  return served;
}

/**
 * ch_project_close_up:
 * @removed: (array length=n_removed): entities @edit deletes
 *
 * The ideas of a deleted cluster go to the end of Unsorted, in their
 * order, cluster after cluster; the clusters that stay are numbered 0 to
 * n - 1 again, and so are the ideas of a cluster that loses some.
 */
void
ch_project_close_up (ChProject      *self,
                     ChProjectEdit  *edit,
                     ChEntity      **removed,
                     guint           n_removed)
{
  g_autoptr(GPtrArray) clusters = g_ptr_array_new ();
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  g_autoptr(GHashTable) returning = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(GHashTable) columns_of = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(ChBoard) few_columns = NULL;
  ChBoard *board;
  guint from;

  /* Deleting personas or ideas in no cluster moves nothing. */
  for (guint i = 0; i < n_removed; i++)
    {
      if (CH_IS_CLUSTER (removed[i]))
        {
          g_hash_table_add (columns_of, (gpointer)ch_entity_get_id (removed[i]));
          g_hash_table_add (columns_of, (gpointer)"");
        }
      else if (CH_IS_IDEA (removed[i]) && ch_idea_get_cluster_id (CH_IDEA (removed[i])) != NULL)
        g_hash_table_add (columns_of, (gpointer)ch_idea_get_cluster_id (CH_IDEA (removed[i])));
    }

  if (g_hash_table_size (columns_of) == 0)
    return;

  /* Without a board (no view shows one), only the columns that change:
   * deleting an idea from the list of ideas does not index them all. */
  board = ch_project_peek_board (self);
  if (board == NULL)
    board = few_columns = ch_board_new (ch_project_get_ideas (self), columns_of);

  for (guint i = 0; i < n_removed; i++)
    {
      if (CH_IS_CLUSTER (removed[i]))
        g_ptr_array_add (clusters, removed[i]);
      else if (CH_IS_IDEA (removed[i]))
        {
          ChClusterIdeas *column = ch_board_find_column (board, CH_IDEA (removed[i]));

          if (column != NULL && ch_cluster_ideas_get_cluster_id (column) != NULL &&
              !g_ptr_array_find (columns, column, NULL))
            g_ptr_array_add (columns, column);
        }
    }

  /* Clusters that lose ideas but stay close up. */
  for (guint i = 0; i < columns->len; i++)
    {
      ChClusterIdeas *column = g_ptr_array_index (columns, i);
      const char *cluster_id = ch_cluster_ideas_get_cluster_id (column);
      ChEntity *cluster = ch_project_lookup (self, CH_TYPE_CLUSTER, cluster_id);
      g_autoptr(GPtrArray) staying = NULL;

      if (cluster != NULL && ch_project_edit_is_removed (edit, cluster))
        continue;

      staying = list_staying (column, NULL, edit);
      place_ideas (edit, staying, cluster_id, NULL, 0);
    }

  if (clusters->len == 0)
    return;

  /* The ideas of deleted clusters, in the board's order, after Unsorted's. */
  g_ptr_array_sort (clusters, compare_clusters);
  order = list_staying (ch_board_get_column (board, NULL), NULL, edit);
  from = order->len;
  for (guint i = 0; i < clusters->len; i++)
    {
      ChEntity *cluster = g_ptr_array_index (clusters, i);
      ChClusterIdeas *column = ch_board_get_column (board, ch_entity_get_id (cluster));
      g_autoptr(GPtrArray) ideas = list_staying (column, NULL, edit);

      for (guint j = 0; j < ideas->len; j++)
        {
          g_hash_table_add (returning, g_ptr_array_index (ideas, j));
          g_ptr_array_add (order, g_ptr_array_index (ideas, j));
        }
    }
  place_ideas (edit, order, NULL, returning, from);

  /* The clusters that stay, numbered again. */
  {
    g_autoptr(GPtrArray) staying = ch_project_list_clusters (self);

    for (guint i = staying->len; i > 0; i--)
      if (ch_project_edit_is_removed (edit, g_ptr_array_index (staying, i - 1)))
        g_ptr_array_remove_index (staying, i - 1);
    number_clusters (edit, staying);
  }
}
