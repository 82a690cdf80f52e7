/* ch-idea-filter.c: the ideas that match the search bar and its filters
 *
 * A GtkFilter over a ChIdeaQuery, which does the matching (see
 * ch-idea-query.c): the query's search keys live on the ideas, so the
 * filter keeps nothing per idea. Typing on narrows the ideas already
 * shown rather than matching all of them again; deleting widens them.
 *
 * The idea being edited (the selected one, "kept") stays shown when an
 * edit makes it stop matching, so that the editor does not lose it
 * under the cursor; it goes when the search or a filter changes, or
 * another idea is kept.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-idea-filter"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-idea-filter.h"

struct _ChIdeaFilter
{
  GtkFilter    parent_instance;

  ChIdeaQuery *query;
  ChIdea      *kept;
};

G_DEFINE_FINAL_TYPE (ChIdeaFilter, ch_idea_filter, GTK_TYPE_FILTER)

enum {
  PROP_0,
  PROP_QUERY,
  PROP_KEPT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
query_changed_cb (ChIdeaFilter      *self,
                  ChIdeaQueryChange  change,
                  ChIdeaQuery       *query)
{
  GtkFilterChange filter_change;

  switch (change)
    {
    case CH_IDEA_QUERY_CHANGE_MORE_STRICT:
      filter_change = GTK_FILTER_CHANGE_MORE_STRICT;
      break;

    case CH_IDEA_QUERY_CHANGE_LESS_STRICT:
      filter_change = GTK_FILTER_CHANGE_LESS_STRICT;
      break;

    case CH_IDEA_QUERY_CHANGE_DIFFERENT:
    default:
      filter_change = GTK_FILTER_CHANGE_DIFFERENT;
      break;
    }

  /* Another search: the kept idea shows only if it matches. Shown, it is
   * not looked at again when the query widens. */
  if (self->kept != NULL && !ch_idea_query_match (self->query, self->kept))
    {
      g_clear_object (&self->kept);
      if (filter_change == GTK_FILTER_CHANGE_LESS_STRICT)
        filter_change = GTK_FILTER_CHANGE_DIFFERENT;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEPT]);
    }

  gtk_filter_changed (GTK_FILTER (self), filter_change);
}

static void
query_ideas_changed_cb (ChIdeaFilter *self,
                        ChIdeaQuery  *query)
{
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

static gboolean
ch_idea_filter_match (GtkFilter *filter,
                      gpointer   item)
{
  ChIdeaFilter *self = CH_IDEA_FILTER (filter);

  g_assert (CH_IS_IDEA (item));

  return item == (gpointer) self->kept || ch_idea_query_match (self->query, item);
}

static GtkFilterMatch
ch_idea_filter_get_strictness (GtkFilter *filter)
{
  ChIdeaFilter *self = CH_IDEA_FILTER (filter);

  if (!ch_idea_query_has_text (self->query) && !ch_idea_query_has_filters (self->query))
    return GTK_FILTER_MATCH_ALL;

  return GTK_FILTER_MATCH_SOME;
}

static void
ch_idea_filter_dispose (GObject *object)
{
  ChIdeaFilter *self = CH_IDEA_FILTER (object);

  if (self->query != NULL)
    g_signal_handlers_disconnect_by_data (self->query, self);
  g_clear_object (&self->query);
  g_clear_object (&self->kept);

  G_OBJECT_CLASS (ch_idea_filter_parent_class)->dispose (object);
}

static void
ch_idea_filter_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ChIdeaFilter *self = CH_IDEA_FILTER (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      g_value_set_object (value, self->query);
      break;

    case PROP_KEPT:
      g_value_set_object (value, self->kept);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_idea_filter_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ChIdeaFilter *self = CH_IDEA_FILTER (object);

  switch (prop_id)
    {
    case PROP_KEPT:
      ch_idea_filter_set_kept (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_idea_filter_class_init (ChIdeaFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->dispose = ch_idea_filter_dispose;
  object_class->get_property = ch_idea_filter_get_property;
  object_class->set_property = ch_idea_filter_set_property;

  filter_class->match = ch_idea_filter_match;
  filter_class->get_strictness = ch_idea_filter_get_strictness;

  /* The words and filters; change them there. */
  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL,
                         CH_TYPE_IDEA_QUERY,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /* An idea shown whatever its edits: the one being edited. */
  properties[PROP_KEPT] =
    g_param_spec_object ("kept", NULL, NULL,
                         CH_TYPE_IDEA,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ch_idea_filter_init (ChIdeaFilter *self)
{
  self->query = ch_idea_query_new ();
  g_signal_connect_swapped (self->query, "changed", G_CALLBACK (query_changed_cb), self);
  g_signal_connect_swapped (self->query, "ideas-changed",
                            G_CALLBACK (query_ideas_changed_cb), self);
}

ChIdeaFilter *
ch_idea_filter_new (void)
{
  return g_object_new (CH_TYPE_IDEA_FILTER, NULL);
}

/**
 * ch_idea_filter_get_query:
 *
 * Returns: (transfer none): what the ideas are matched against: set its
 *   text and filters, and the filter follows
 */
ChIdeaQuery *
ch_idea_filter_get_query (ChIdeaFilter *self)
{
  g_return_val_if_fail (CH_IS_IDEA_FILTER (self), NULL);

  return self->query;
}

/**
 * ch_idea_filter_get_kept:
 *
 * Returns: (transfer none) (nullable): the idea shown whatever its edits
 */
ChIdea *
ch_idea_filter_get_kept (ChIdeaFilter *self)
{
  g_return_val_if_fail (CH_IS_IDEA_FILTER (self), NULL);

  return self->kept;
}

/**
 * ch_idea_filter_set_kept:
 * @idea: (nullable): an idea the filter shows, or %NULL
 *
 * Keeps @idea shown when an edit makes it stop matching, until the query
 * changes or another idea is kept: the idea being edited. An idea kept
 * before that no longer matches goes.
 */
void
ch_idea_filter_set_kept (ChIdeaFilter *self,
                         ChIdea       *idea)
{
  g_autoptr(ChIdea) old = NULL;

  g_return_if_fail (CH_IS_IDEA_FILTER (self));
  g_return_if_fail (idea == NULL || CH_IS_IDEA (idea));

  if (self->kept == idea)
    return;

  old = g_steal_pointer (&self->kept);
  self->kept = idea != NULL ? g_object_ref (idea) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEPT]);

  /* @idea is shown already: only the old one can go. */
  if (old != NULL && !ch_idea_query_match (self->query, old))
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_MORE_STRICT);
}
