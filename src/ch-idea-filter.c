/* ch-idea-filter.c: the ideas that match what was typed in the search bar
 *
 * An idea matches when each word of the query is in its title, its
 * description or its tags, whatever the case and the accents. The search
 * key of an idea's texts is made the first time the idea is matched and
 * kept until one of those texts changes, so typing on in a project of
 * 100 000 ideas compares keys and does not fold texts again.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-idea-filter"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-idea-filter.h"
#include "ch-search.h"

/* What the filter keeps for an idea it has matched: its key, %NULL once
 * a text changed, and the handler that learns of the change. */
typedef struct
{
  char   *key;
  gulong  notify_handler;
} IdeaKey;

struct _ChIdeaFilter
{
  GtkFilter   parent_instance;

  char       *query;
  /* ch_search_key_new (query): compared to tell a narrower query */
  char       *query_key;
  char      **words;

  /* ChIdea* (weak) → IdeaKey* */
  GHashTable *keys;
};

G_DEFINE_FINAL_TYPE (ChIdeaFilter, ch_idea_filter, GTK_TYPE_FILTER)

enum {
  PROP_0,
  PROP_QUERY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
idea_key_free (gpointer data)
{
  IdeaKey *idea_key = data;

  g_free (idea_key->key);
  g_free (idea_key);
}

static char *
create_key (ChIdea *idea)
{
  const char * const *tags = ch_idea_get_tags (idea);
  g_autoptr(GString) text = g_string_new (ch_idea_get_title (idea));

  if (ch_idea_get_description (idea) != NULL)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, ch_idea_get_description (idea));
    }

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, tags[i]);
    }

  return ch_search_key_new (text->str);
}

static void
idea_notify_cb (ChIdea       *idea,
                GParamSpec   *pspec,
                ChIdeaFilter *self)
{
  IdeaKey *idea_key;

  if (!g_str_equal (pspec->name, "title") &&
      !g_str_equal (pspec->name, "description") &&
      !g_str_equal (pspec->name, "tags"))
    return;

  idea_key = g_hash_table_lookup (self->keys, idea);
  g_assert (idea_key != NULL);
  g_clear_pointer (&idea_key->key, g_free);

  if (self->words[0] != NULL)
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

/* The idea is going: its handlers are already gone with it. */
static void
idea_finalized_cb (gpointer  data,
                   GObject  *where_the_idea_was)
{
  ChIdeaFilter *self = data;

  g_hash_table_remove (self->keys, where_the_idea_was);
}

static const char *
lookup_key (ChIdeaFilter *self,
            ChIdea       *idea)
{
  IdeaKey *idea_key = g_hash_table_lookup (self->keys, idea);

  if (idea_key == NULL)
    {
      idea_key = g_new0 (IdeaKey, 1);
      idea_key->notify_handler = g_signal_connect (idea, "notify",
                                                   G_CALLBACK (idea_notify_cb), self);
      g_object_weak_ref (G_OBJECT (idea), idea_finalized_cb, self);
      g_hash_table_insert (self->keys, idea, idea_key);
    }

  if (idea_key->key == NULL)
    idea_key->key = create_key (idea);

  return idea_key->key;
}

static gboolean
ch_idea_filter_match (GtkFilter *filter,
                      gpointer   item)
{
  ChIdeaFilter *self = CH_IDEA_FILTER (filter);

  g_assert (CH_IS_IDEA (item));

  if (self->words[0] == NULL)
    return TRUE;

  return ch_search_key_matches (lookup_key (self, item), (const char * const *) self->words);
}

static GtkFilterMatch
ch_idea_filter_get_strictness (GtkFilter *filter)
{
  ChIdeaFilter *self = CH_IDEA_FILTER (filter);

  return self->words[0] == NULL ? GTK_FILTER_MATCH_ALL : GTK_FILTER_MATCH_SOME;
}

static void
ch_idea_filter_dispose (GObject *object)
{
  ChIdeaFilter *self = CH_IDEA_FILTER (object);
  GHashTableIter iter;
  gpointer idea, idea_key;

  g_hash_table_iter_init (&iter, self->keys);
  while (g_hash_table_iter_next (&iter, &idea, &idea_key))
    {
      g_signal_handler_disconnect (idea, ((IdeaKey *) idea_key)->notify_handler);
      g_object_weak_unref (idea, idea_finalized_cb, self);
      g_hash_table_iter_remove (&iter);
    }

  G_OBJECT_CLASS (ch_idea_filter_parent_class)->dispose (object);
}

static void
ch_idea_filter_finalize (GObject *object)
{
  ChIdeaFilter *self = CH_IDEA_FILTER (object);

  g_clear_pointer (&self->keys, g_hash_table_unref);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->query_key, g_free);
  g_clear_pointer (&self->words, g_strfreev);

  G_OBJECT_CLASS (ch_idea_filter_parent_class)->finalize (object);
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
      g_value_set_string (value, self->query);
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
    case PROP_QUERY:
      ch_idea_filter_set_query (self, g_value_get_string (value));
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
  object_class->finalize = ch_idea_filter_finalize;
  object_class->get_property = ch_idea_filter_get_property;
  object_class->set_property = ch_idea_filter_set_property;

  filter_class->match = ch_idea_filter_match;
  filter_class->get_strictness = ch_idea_filter_get_strictness;

  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ch_idea_filter_init (ChIdeaFilter *self)
{
  self->query = g_strdup ("");
  self->query_key = g_strdup ("");
  self->words = g_new0 (char *, 1);
  self->keys = g_hash_table_new_full (NULL, NULL, NULL, idea_key_free);
}

ChIdeaFilter *
ch_idea_filter_new (void)
{
  return g_object_new (CH_TYPE_IDEA_FILTER, NULL);
}

/**
 * ch_idea_filter_get_query:
 *
 * Returns: (transfer none): what the ideas are matched against; "" for all
 */
const char *
ch_idea_filter_get_query (ChIdeaFilter *self)
{
  g_return_val_if_fail (CH_IS_IDEA_FILTER (self), NULL);

  return self->query;
}

/**
 * ch_idea_filter_set_query:
 * @query: (nullable): the words an idea must contain, as typed
 *
 * Typing on narrows the ideas already matched rather than matching all
 * of them again; deleting widens them.
 */
void
ch_idea_filter_set_query (ChIdeaFilter *self,
                          const char   *query)
{
  g_autofree char *old_key = NULL;
  GtkFilterChange change;

  g_return_if_fail (CH_IS_IDEA_FILTER (self));

  if (query == NULL)
    query = "";

  if (g_str_equal (self->query, query))
    return;

  g_free (self->query);
  self->query = g_strdup (query);

  old_key = g_steal_pointer (&self->query_key);
  self->query_key = ch_search_key_new (query);
  g_strfreev (self->words);
  self->words = ch_search_query_new (query);

  /* "Ca" → "Café": the same words, the last one longer, or one more. */
  if (!g_str_equal (old_key, self->query_key))
    {
      if (g_str_has_prefix (self->query_key, old_key))
        change = GTK_FILTER_CHANGE_MORE_STRICT;
      else if (g_str_has_prefix (old_key, self->query_key))
        change = GTK_FILTER_CHANGE_LESS_STRICT;
      else
        change = GTK_FILTER_CHANGE_DIFFERENT;

      gtk_filter_changed (GTK_FILTER (self), change);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}
