/* ch-review-rank.c: one place of the review's ranking
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The review page works the ranking out again after changes and sets it
 * here; what did not change notifies nothing, and the lists of ideas and
 * personas change only where they differ, so that the card showing this
 * place keeps its rows (and the keyboard) as they were.
 */

#define G_LOG_DOMAIN "ch-review-rank"

#include "config.h"

#include "ch-review-rank.h"
#include "ch-review-store.h"

struct _ChReviewRank
{
  GObject     parent_instance;

  ChCluster  *cluster;
  guint       rank;
  int         dots;
  gboolean    tied;
  guint       n_ideas;
  GListStore *ideas;
  GListStore *personas;
};

G_DEFINE_FINAL_TYPE (ChReviewRank, ch_review_rank, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CLUSTER,
  PROP_RANK,
  PROP_DOTS,
  PROP_TIED,
  PROP_N_IDEAS,
  PROP_IDEAS,
  PROP_PERSONAS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ch_review_rank_finalize (GObject *object)
{
  ChReviewRank *self = CH_REVIEW_RANK (object);

  g_clear_object (&self->cluster);
  g_clear_object (&self->ideas);
  g_clear_object (&self->personas);

  G_OBJECT_CLASS (ch_review_rank_parent_class)->finalize (object);
}

static void
ch_review_rank_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ChReviewRank *self = CH_REVIEW_RANK (object);

  switch (prop_id)
    {
    case PROP_CLUSTER:
      g_value_set_object (value, self->cluster);
      break;

    case PROP_RANK:
      g_value_set_uint (value, self->rank);
      break;

    case PROP_DOTS:
      g_value_set_int (value, self->dots);
      break;

    case PROP_TIED:
      g_value_set_boolean (value, self->tied);
      break;

    case PROP_N_IDEAS:
      g_value_set_uint (value, self->n_ideas);
      break;

    case PROP_IDEAS:
      g_value_set_object (value, self->ideas);
      break;

    case PROP_PERSONAS:
      g_value_set_object (value, self->personas);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_review_rank_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ChReviewRank *self = CH_REVIEW_RANK (object);

  switch (prop_id)
    {
    case PROP_CLUSTER:
      self->cluster = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_review_rank_class_init (ChReviewRankClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ch_review_rank_finalize;
  object_class->get_property = ch_review_rank_get_property;
  object_class->set_property = ch_review_rank_set_property;

  /**
   * ChReviewRank:cluster: (nullable)
   *
   * The cluster ranked, or %NULL for the ideas in no cluster that have
   * dots (Unsorted, which has no rank).
   */
  properties[PROP_CLUSTER] =
    g_param_spec_object ("cluster", NULL, NULL, CH_TYPE_CLUSTER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* From 1; clusters with as many dots share it. */
  properties[PROP_RANK] =
    g_param_spec_uint ("rank", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_DOTS] =
    g_param_spec_int ("dots", NULL, NULL, 0, G_MAXINT, 0, flags);
  /* Whether another cluster shares the rank. */
  properties[PROP_TIED] =
    g_param_spec_boolean ("tied", NULL, NULL, FALSE, flags);
  /* All the ideas of the place, of which #ChReviewRank:ideas are the top. */
  properties[PROP_N_IDEAS] =
    g_param_spec_uint ("n-ideas", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_IDEAS] =
    g_param_spec_object ("ideas", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_PERSONAS] =
    g_param_spec_object ("personas", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ch_review_rank_init (ChReviewRank *self)
{
  self->ideas = g_list_store_new (CH_TYPE_IDEA);
  self->personas = g_list_store_new (CH_TYPE_PERSONA);
}

ChReviewRank *
ch_review_rank_new (ChCluster *cluster)
{
  g_return_val_if_fail (cluster == NULL || CH_IS_CLUSTER (cluster), NULL);

  return g_object_new (CH_TYPE_REVIEW_RANK, "cluster", cluster, NULL);
}

/**
 * ch_review_rank_get_cluster:
 *
 * Returns: (transfer none) (nullable): the cluster, or %NULL for Unsorted
 */
ChCluster *
ch_review_rank_get_cluster (ChReviewRank *self)
{
  g_return_val_if_fail (CH_IS_REVIEW_RANK (self), NULL);

  return self->cluster;
}

guint
ch_review_rank_get_rank (ChReviewRank *self)
{
  g_return_val_if_fail (CH_IS_REVIEW_RANK (self), 0);

  return self->rank;
}

int
ch_review_rank_get_dots (ChReviewRank *self)
{
  g_return_val_if_fail (CH_IS_REVIEW_RANK (self), 0);

  return self->dots;
}

gboolean
ch_review_rank_get_tied (ChReviewRank *self)
{
  g_return_val_if_fail (CH_IS_REVIEW_RANK (self), FALSE);

  return self->tied;
}

guint
ch_review_rank_get_n_ideas (ChReviewRank *self)
{
  g_return_val_if_fail (CH_IS_REVIEW_RANK (self), 0);

  return self->n_ideas;
}

/**
 * ch_review_rank_get_ideas:
 *
 * Returns: (transfer none): the top ideas, most dots first
 */
GListModel *
ch_review_rank_get_ideas (ChReviewRank *self)
{
  g_return_val_if_fail (CH_IS_REVIEW_RANK (self), NULL);

  return G_LIST_MODEL (self->ideas);
}

/**
 * ch_review_rank_get_personas:
 *
 * Returns: (transfer none): the personas the cluster's ideas serve, those
 *   served most first
 */
GListModel *
ch_review_rank_get_personas (ChReviewRank *self)
{
  g_return_val_if_fail (CH_IS_REVIEW_RANK (self), NULL);

  return G_LIST_MODEL (self->personas);
}

void
ch_review_rank_set_place (ChReviewRank *self,
                          guint         rank,
                          int           dots,
                          gboolean      tied)
{
  g_return_if_fail (CH_IS_REVIEW_RANK (self));

  g_object_freeze_notify (G_OBJECT (self));

  if (self->rank != rank)
    {
      self->rank = rank;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANK]);
    }

  if (self->dots != dots)
    {
      self->dots = dots;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOTS]);
    }

  tied = !!tied;
  if (self->tied != tied)
    {
      self->tied = tied;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIED]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * ch_review_rank_set_ideas:
 * @top_ideas: (element-type ChIdea): the ideas to show, most dots first
 * @n_ideas: how many ideas the place has in all
 */
void
ch_review_rank_set_ideas (ChReviewRank *self,
                          GPtrArray    *top_ideas,
                          guint         n_ideas)
{
  g_return_if_fail (CH_IS_REVIEW_RANK (self));
  g_return_if_fail (top_ideas != NULL);

  ch_review_store_sync (self->ideas, top_ideas);

  if (self->n_ideas != n_ideas)
    {
      self->n_ideas = n_ideas;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_IDEAS]);
    }
}

/**
 * ch_review_rank_set_personas:
 * @personas: (element-type ChPersona): the personas served
 */
void
ch_review_rank_set_personas (ChReviewRank *self,
                             GPtrArray    *personas)
{
  g_return_if_fail (CH_IS_REVIEW_RANK (self));
  g_return_if_fail (personas != NULL);

  ch_review_store_sync (self->personas, personas);
}
