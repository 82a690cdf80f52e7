/* ch-board.c
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The affinity board shows each cluster as a column of cards, and the
 * ideas in no cluster as one more column, Unsorted. A board of 2 000
 * ideas in 100 clusters cannot filter and sort the whole list of ideas
 * once per column, nor do it again on every change: the board is an
 * index of the ideas by cluster, each cluster's ideas kept sorted by
 * position in a GListModel of its own (ChClusterIdeas).
 *
 * ChProject makes the board the first time it is asked for a column,
 * with one pass over the ideas and one sort per column, and then tells
 * it, once per step applied, which ideas came, went, or changed cluster
 * or position. The board moves those ideas only: it takes an idea out of
 * the column it was in and puts it in the other one at its place (a
 * binary search), and sorts in place the ideas whose position changed
 * inside their column (an insertion sort from the first of them, nearly
 * free when their order holds, as when positions close up after a card
 * left). Each column gathers what changed into one items-changed, which
 * it emits once the whole step is done; a column that did not change
 * says nothing.
 *
 * A column stays sorted by the positions its ideas had when it placed
 * them (Placement.position), so that an idea can be found in it by a
 * binary search even after the idea's position changed.
 */

#define G_LOG_DOMAIN "ch-board"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ch-board.h"

typedef struct
{
  /* A reference. */
  ChIdea         *idea;
  ChClusterIdeas *column;
  /* What the column is sorted by: the idea's position when it was
   * placed. */
  int             position;
} Placement;

struct _ChClusterIdeas
{
  GObject    parent_instance;

  /* NULL for Unsorted. */
  char      *cluster_id;
  /* Of Placement, owned, by position. */
  GPtrArray *placements;

  /* What changed since the last items-changed: how many items there were,
   * how many at the start and at the end are still the same, and the
   * first item whose position changed in place. */
  gboolean   changing;
  guint      old_len;
  guint      prefix;
  guint      suffix;
  guint      sort_from;
};

struct _ChBoard
{
  /* Cluster id, or "" for Unsorted (owned) → ChClusterIdeas (a
   * reference). */
  GHashTable *columns;
  /* Idea id (the idea's own) → Placement (owned by its column). */
  GHashTable *placements;
  /* Of ChClusterIdeas with changes to announce. */
  GPtrArray  *changing;
};

static void ch_cluster_ideas_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ChClusterIdeas, ch_cluster_ideas, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ch_cluster_ideas_list_model_init))

static Placement *
placement_new (ChIdea         *idea,
               ChClusterIdeas *column)
{
  Placement *placement = g_new0 (Placement, 1);

  placement->idea = g_object_ref (idea);
  placement->column = column;
  placement->position = ch_idea_get_position (idea);

  return placement;
}

static void
placement_free (Placement *placement)
{
  g_clear_object (&placement->idea);
  g_free (placement);
}

static int
compare_placements (gconstpointer a,
                    gconstpointer b)
{
  const Placement *pa = *(const Placement **)a;
  const Placement *pb = *(const Placement **)b;

  return (pa->position > pb->position) - (pa->position < pb->position);
}

static Placement *
get_placement (ChClusterIdeas *self,
               guint           index)
{
  return g_ptr_array_index (self->placements, index);
}

/* The first index whose position is @position or more (@after: more). */
static guint
find_bound (ChClusterIdeas *self,
            int             position,
            gboolean        after)
{
  guint low = 0;
  guint high = self->placements->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      int here = get_placement (self, middle)->position;

      if (here < position || (after && here == position))
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

static guint
find_placement (ChClusterIdeas *self,
                Placement      *placement)
{
  for (guint i = find_bound (self, placement->position, FALSE); i < self->placements->len; i++)
    if (get_placement (self, i) == placement)
      return i;

  g_assert_not_reached ();
}

static void
begin_change (ChBoard        *board,
              ChClusterIdeas *self)
{
  if (self->changing)
    return;

  self->changing = TRUE;
  self->old_len = self->prefix = self->suffix = self->placements->len;
  self->sort_from = G_MAXUINT;
  g_ptr_array_add (board->changing, self);
}

/* Items @start to @end (included) of the list as it is changed. */
static void
note_change (ChClusterIdeas *self,
             guint           start,
             guint           end_after)
{
  self->prefix = MIN (self->prefix, start);
  self->suffix = MIN (self->suffix, end_after);
}

static Placement *
take_placement (ChBoard        *board,
                ChClusterIdeas *self,
                Placement      *placement)
{
  guint index = find_placement (self, placement);

  begin_change (board, self);
  note_change (self, index, self->placements->len - index - 1);

  return g_ptr_array_steal_index (self->placements, index);
}

static void
put_placement (ChBoard        *board,
               ChClusterIdeas *self,
               Placement      *placement)
{
  guint index = find_bound (self, placement->position, TRUE);

  begin_change (board, self);
  note_change (self, index, self->placements->len - index);
  g_ptr_array_insert (self->placements, index, placement);
}

/* An insertion sort from the first item whose position changed in place:
 * the items before it are in order already. */
static void
sort_in_place (ChClusterIdeas *self)
{
  gpointer *items = self->placements->pdata;
  guint len = self->placements->len;

  for (guint i = MAX (self->sort_from, 1); i < len; i++)
    {
      Placement *placement = items[i];
      guint j = i;

      while (j > 0 && ((Placement *)items[j - 1])->position > placement->position)
        {
          items[j] = items[j - 1];
          j--;
        }

      if (j != i)
        {
          items[j] = placement;
          note_change (self, j, len - i - 1);
        }
    }
}

/* Says what changed, in one items-changed. */
static void
end_change (ChClusterIdeas *self)
{
  guint len = self->placements->len;
  guint prefix = self->prefix;
  guint suffix;

  g_assert (self->changing);
  self->changing = FALSE;

  prefix = MIN (prefix, MIN (self->old_len, len));
  suffix = MIN (self->suffix, MIN (self->old_len, len) - prefix);

  if (self->old_len - prefix - suffix > 0 || len - prefix - suffix > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                self->old_len - prefix - suffix, len - prefix - suffix);
}

static GType
ch_cluster_ideas_get_item_type (GListModel *model)
{
  return CH_TYPE_IDEA;
}

static guint
ch_cluster_ideas_get_n_items (GListModel *model)
{
  return CH_CLUSTER_IDEAS (model)->placements->len;
}

static gpointer
ch_cluster_ideas_get_item (GListModel *model,
                           guint       position)
{
  ChClusterIdeas *self = CH_CLUSTER_IDEAS (model);

  if (position >= self->placements->len)
    return NULL;

  return g_object_ref (get_placement (self, position)->idea);
}

static void
ch_cluster_ideas_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ch_cluster_ideas_get_item_type;
  iface->get_n_items = ch_cluster_ideas_get_n_items;
  iface->get_item = ch_cluster_ideas_get_item;
}

static void
ch_cluster_ideas_finalize (GObject *object)
{
  ChClusterIdeas *self = (ChClusterIdeas *)object;

  g_clear_pointer (&self->placements, g_ptr_array_unref);
  g_clear_pointer (&self->cluster_id, g_free);

  G_OBJECT_CLASS (ch_cluster_ideas_parent_class)->finalize (object);
}

static void
ch_cluster_ideas_class_init (ChClusterIdeasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ch_cluster_ideas_finalize;
}

static void
ch_cluster_ideas_init (ChClusterIdeas *self)
{
  self->placements = g_ptr_array_new_with_free_func ((GDestroyNotify)placement_free);
}

/**
 * ch_cluster_ideas_get_cluster_id:
 *
 * Returns: (nullable): the id of the cluster whose ideas these are, or
 *   %NULL for the ideas in no cluster
 */
const char *
ch_cluster_ideas_get_cluster_id (ChClusterIdeas *self)
{
  g_return_val_if_fail (CH_IS_CLUSTER_IDEAS (self), NULL);
  return self->cluster_id;
}

/**
 * ch_cluster_ideas_peek:
 *
 * Returns: (transfer none): the idea at @position, without a reference
 */
ChIdea *
ch_cluster_ideas_peek (ChClusterIdeas *self,
                       guint           position)
{
  g_return_val_if_fail (CH_IS_CLUSTER_IDEAS (self), NULL);
  g_return_val_if_fail (position < self->placements->len, NULL);

  return get_placement (self, position)->idea;
}

/**
 * ch_board_new:
 * @ideas: the project's ideas
 * @only: (nullable): the ids of the clusters to place ideas of ("" for
 *   Unsorted), for a board of a few columns; %NULL for all
 *
 * Places every idea in its cluster's column, by position; ideas of one
 * cluster with the same position keep their order in @ideas.
 */
ChBoard *
ch_board_new (GListModel *ideas,
              GHashTable *only)
{
  ChBoard *self = g_new0 (ChBoard, 1);
  guint n_ideas = g_list_model_get_n_items (ideas);
  GHashTableIter iter;
  gpointer column;

  self->columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->placements = g_hash_table_new (g_str_hash, g_str_equal);
  self->changing = g_ptr_array_new ();

  for (guint i = 0; i < n_ideas; i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, i);
      const char *cluster_id = ch_idea_get_cluster_id (idea);
      ChClusterIdeas *target;
      Placement *placement;

      if (only != NULL && !g_hash_table_contains (only, cluster_id ? cluster_id : ""))
        continue;

      target = ch_board_get_column (self, cluster_id);
      placement = placement_new (idea, target);
      g_ptr_array_add (target->placements, placement);
      g_hash_table_insert (self->placements, (gpointer)ch_entity_get_id (CH_ENTITY (idea)),
                           placement);
    }

  /* A stable sort: equal positions keep the order of @ideas. */
  g_hash_table_iter_init (&iter, self->columns);
  while (g_hash_table_iter_next (&iter, NULL, &column))
    g_ptr_array_sort (CH_CLUSTER_IDEAS (column)->placements, compare_placements);

  return self;
}

void
ch_board_free (ChBoard *self)
{
  if (self == NULL)
    return;

  /* The columns keep their ideas for whoever still holds one. */
  g_clear_pointer (&self->placements, g_hash_table_unref);
  g_clear_pointer (&self->columns, g_hash_table_unref);
  g_clear_pointer (&self->changing, g_ptr_array_unref);
  g_free (self);
}

/**
 * ch_board_get_column:
 * @cluster_id: (nullable): a cluster's id, or %NULL for Unsorted
 *
 * Returns: (transfer none): the column of @cluster_id, made empty the
 *   first time one is asked for (a cluster without ideas yet); it stays
 *   as long as the board, even once its cluster is deleted
 */
ChClusterIdeas *
ch_board_get_column (ChBoard    *self,
                     const char *cluster_id)
{
  const char *key = cluster_id != NULL ? cluster_id : "";
  ChClusterIdeas *column = g_hash_table_lookup (self->columns, key);

  if (column == NULL)
    {
      column = g_object_new (CH_TYPE_CLUSTER_IDEAS, NULL);
      column->cluster_id = g_strdup (cluster_id);
      g_hash_table_insert (self->columns, g_strdup (key), column);
    }

  return column;
}

/**
 * ch_board_find_column:
 *
 * Returns: (transfer none) (nullable): the column @idea is placed in, or
 *   %NULL when it is not on the board
 */
ChClusterIdeas *
ch_board_find_column (ChBoard *self,
                      ChIdea  *idea)
{
  Placement *placement = g_hash_table_lookup (self->placements,
                                              ch_entity_get_id (CH_ENTITY (idea)));

  return placement != NULL && placement->idea == idea ? placement->column : NULL;
}

/**
 * ch_board_update:
 * @ids: (array length=n_ideas): ids of ideas that a step added, removed,
 *   or changed in cluster or position
 * @ideas: (array length=n_ideas): for each, the project's idea now, or
 *   %NULL when it is gone
 *
 * Moves those ideas to their places, then emits one items-changed for
 * each column that changed.
 */
void
ch_board_update (ChBoard     *self,
                 const char **ids,
                 ChIdea     **ideas,
                 guint        n_ideas)
{
  g_autoptr(GPtrArray) arriving = g_ptr_array_new ();
  g_autoptr(GPtrArray) shifting = g_ptr_array_new ();
  g_autoptr(GArray) indexes = NULL;

  /* Out of the columns: what goes, and what changes column. */
  for (guint i = 0; i < n_ideas; i++)
    {
      Placement *placement = g_hash_table_lookup (self->placements, ids[i]);
      ChIdea *idea = ideas[i];
      ChClusterIdeas *column = idea ? ch_board_get_column (self, ch_idea_get_cluster_id (idea))
                                    : NULL;

      if (placement == NULL)
        {
          if (idea == NULL)
            continue;

          placement = placement_new (idea, column);
          g_hash_table_insert (self->placements, (gpointer)ch_entity_get_id (CH_ENTITY (idea)),
                               placement);
          g_ptr_array_add (arriving, placement);
        }
      else if (placement->idea != idea || placement->column != column)
        {
          take_placement (self, placement->column, placement);

          /* Its key is the id of the idea it holds. */
          g_hash_table_remove (self->placements, ids[i]);
          if (idea == NULL)
            {
              placement_free (placement);
              continue;
            }

          g_set_object (&placement->idea, idea);
          g_hash_table_insert (self->placements, (gpointer)ch_entity_get_id (CH_ENTITY (idea)),
                               placement);
          placement->column = column;
          placement->position = ch_idea_get_position (idea);
          g_ptr_array_add (arriving, placement);
        }
      else if (placement->position != ch_idea_get_position (idea))
        g_ptr_array_add (shifting, placement);
    }

  /* Those that stay in their column: found while the columns are still
   * sorted by the positions they had, then given their new ones. */
  indexes = g_array_sized_new (FALSE, FALSE, sizeof (guint), shifting->len);
  for (guint i = 0; i < shifting->len; i++)
    {
      Placement *placement = g_ptr_array_index (shifting, i);
      guint index = find_placement (placement->column, placement);

      g_array_append_val (indexes, index);
    }
  for (guint i = 0; i < shifting->len; i++)
    {
      Placement *placement = g_ptr_array_index (shifting, i);
      ChClusterIdeas *column = placement->column;

      begin_change (self, column);
      column->sort_from = MIN (column->sort_from, g_array_index (indexes, guint, i));
      placement->position = ch_idea_get_position (placement->idea);
    }
  for (guint i = 0; i < self->changing->len; i++)
    {
      ChClusterIdeas *column = g_ptr_array_index (self->changing, i);

      if (column->sort_from != G_MAXUINT)
        sort_in_place (column);
    }

  /* Into their new columns. */
  for (guint i = 0; i < arriving->len; i++)
    {
      Placement *placement = g_ptr_array_index (arriving, i);

      put_placement (self, placement->column, placement);
    }

  /* Only now, every column in order, are they told. */
  for (guint i = 0; i < self->changing->len; i++)
    g_object_ref (g_ptr_array_index (self->changing, i));
  {
    g_autoptr(GPtrArray) changing = g_steal_pointer (&self->changing);

    self->changing = g_ptr_array_new ();
    for (guint i = 0; i < changing->len; i++)
      {
        ChClusterIdeas *column = g_ptr_array_index (changing, i);

        end_change (column);
        g_object_unref (column);
      }
  }
}
