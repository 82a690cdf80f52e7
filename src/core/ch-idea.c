/* ch-idea.c
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-idea"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ch-entity-private.h"
#include "ch-enum-types.h"
#include "ch-idea.h"
#include "ch-search.h"

struct _ChIdea
{
  ChEntity      parent_instance;

  char         *title;
  char         *description;
  /* Interned: many ideas share a cluster or a session. */
  const char   *cluster_id;
  const char   *session_id;
  char        **tags;
  char        **personas;
  GPtrArray    *contributors;
  GPtrArray    *votes;
  gint64        created;
  ChIdeaStatus  status;
  int           impact;
  int           effort;
  int           position;
  int           vote_count;

  /* The search key of the title, description and tags, in one block
   * with the hashes of the personas and contributors (see
   * create_search_key()): made when first asked for, dropped when one of
   * them changes. */
  char         *search_key;
};

/* The search keys of a list of ideas being made on the main loop. */
typedef struct
{
  GListModel *ideas;
  guint       position;
} MakeKeys;

G_DEFINE_FINAL_TYPE (ChIdea, ch_idea, CH_TYPE_ENTITY)

G_DEFINE_BOXED_TYPE (ChContributor, ch_contributor, ch_contributor_copy, ch_contributor_free)
G_DEFINE_BOXED_TYPE (ChVote, ch_vote, ch_vote_copy, ch_vote_free)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_STATUS,
  PROP_CLUSTER_ID,
  PROP_SESSION_ID,
  PROP_IMPACT,
  PROP_EFFORT,
  PROP_POSITION,
  PROP_CREATED,
  PROP_TAGS,
  PROP_PERSONAS,
  PROP_CONTRIBUTORS,
  PROP_VOTES,
  PROP_VOTE_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The search key is kept in one block with the hashes of the ids of the
 * idea's personas and contributors: a search for a name compares them
 * next to the key, where they are in the cache already, rather than
 * following the idea's lists to each id.
 *
 *   [hash 0] … [hash n-1] [n] [the key's text, '\0']
 *                              ^ search_key
 */
static guint32 *
get_search_people (const char *search_key,
                   guint      *n_people)
{
  const guint32 *end = (const guint32 *)(gconstpointer) search_key - 1;

  *n_people = *end;

  return (guint32 *)(end - *n_people);
}

static void
search_key_free (char *search_key)
{
  guint n_people;

  if (search_key != NULL)
    g_free (get_search_people (search_key, &n_people));
}

static char *
create_search_key (ChIdea *self)
{
  GString *key = g_string_sized_new (256);
  guint n_people = 0;
  guint32 *people;
  char *block;
  gsize offset;

  ch_search_key_append (key, self->title);
  ch_search_key_append (key, self->description);
  for (guint i = 0; self->tags != NULL && self->tags[i] != NULL; i++)
    ch_search_key_append (key, self->tags[i]);

  n_people = (self->personas != NULL ? g_strv_length (self->personas) : 0) +
             (self->contributors != NULL ? self->contributors->len : 0);

  /* Exactly as long as it is: 100 000 of them are kept. */
  offset = (n_people + 1) * sizeof (guint32);
  block = g_malloc (offset + key->len + 1);
  memcpy (block + offset, key->str, key->len + 1);
  g_string_free (key, TRUE);

  people = (guint32 *)(gpointer) block;
  n_people = 0;
  for (guint i = 0; self->personas != NULL && self->personas[i] != NULL; i++)
    people[n_people++] = g_str_hash (self->personas[i]);
  for (guint i = 0; self->contributors != NULL && i < self->contributors->len; i++)
    {
      ChContributor *contributor = g_ptr_array_index (self->contributors, i);

      people[n_people++] = contributor->participant_id != NULL ?
                           g_str_hash (contributor->participant_id) : 0;
    }
  people[n_people] = n_people;

  return block + offset;
}

static void
set_interned (ChIdea      *self,
              const char **field,
              const char  *value,
              GParamSpec  *pspec)
{
  const char *interned = (value != NULL && value[0] != '\0') ? g_intern_string (value) : NULL;

  if (*field == interned)
    return;

  *field = interned;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static gboolean
contributors_equal (GPtrArray *a,
                    GPtrArray *b)
{
  guint len_a = a ? a->len : 0;
  guint len_b = b ? b->len : 0;

  if (len_a != len_b)
    return FALSE;

  for (guint i = 0; i < len_a; i++)
    {
      const ChContributor *ca = g_ptr_array_index (a, i);
      const ChContributor *cb = g_ptr_array_index (b, i);

      if (g_strcmp0 (ca->participant_id, cb->participant_id) != 0 ||
          g_strcmp0 (ca->informed, cb->informed) != 0)
        return FALSE;
    }

  return TRUE;
}

static gboolean
votes_equal (GPtrArray *a,
             GPtrArray *b)
{
  guint len_a = a ? a->len : 0;
  guint len_b = b ? b->len : 0;

  if (len_a != len_b)
    return FALSE;

  for (guint i = 0; i < len_a; i++)
    {
      const ChVote *va = g_ptr_array_index (a, i);
      const ChVote *vb = g_ptr_array_index (b, i);

      if (g_strcmp0 (va->participant_id, vb->participant_id) != 0 || va->dots != vb->dots)
        return FALSE;
    }

  return TRUE;
}

/* Makes an unshared copy, so that a caller's array never changes under us. */
static GPtrArray *
copy_array (GPtrArray      *array,
            GCopyFunc       copy_func,
            GDestroyNotify  free_func)
{
  GPtrArray *copy;

  if (array == NULL || array->len == 0)
    return NULL;

  copy = g_ptr_array_copy (array, copy_func, NULL);
  g_ptr_array_set_free_func (copy, free_func);

  return copy;
}

static void
set_contributors (ChIdea    *self,
                  GPtrArray *contributors)
{
  if (contributors_equal (self->contributors, contributors))
    return;

  g_clear_pointer (&self->contributors, g_ptr_array_unref);
  self->contributors = copy_array (contributors,
                                   (GCopyFunc)(void (*) (void))ch_contributor_copy,
                                   (GDestroyNotify)ch_contributor_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTRIBUTORS]);
}

static void
set_votes (ChIdea    *self,
           GPtrArray *votes)
{
  int count = 0;

  if (votes_equal (self->votes, votes))
    return;

  g_clear_pointer (&self->votes, g_ptr_array_unref);
  self->votes = copy_array (votes,
                            (GCopyFunc)(void (*) (void))ch_vote_copy,
                            (GDestroyNotify)ch_vote_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTES]);

  for (guint i = 0; self->votes != NULL && i < self->votes->len; i++)
    count += ((ChVote *)g_ptr_array_index (self->votes, i))->dots;

  ch_entity_take_int (CH_ENTITY (self), &self->vote_count, count, properties[PROP_VOTE_COUNT]);
}

static gboolean
strv_differs (char               **strv,
              const char * const  *value)
{
  const char * const empty[] = { NULL };

  return !g_strv_equal (strv != NULL ? (const char * const *) strv : empty,
                        value != NULL ? value : empty);
}

/* Whether setting @value changes the property, as the setters compare:
 * only then is the search key dropped. */
static gboolean
differs (ChIdea       *self,
         guint         prop_id,
         const GValue *value)
{
  const char *text;

  switch (prop_id)
    {
    case PROP_TITLE:
      return g_strcmp0 (self->title, g_value_get_string (value)) != 0;

    case PROP_DESCRIPTION:
      text = g_value_get_string (value);
      return g_strcmp0 (self->description, text != NULL && *text != '\0' ? text : NULL) != 0;

    case PROP_STATUS:
      return (int) self->status != g_value_get_enum (value);

    case PROP_CLUSTER_ID:
    case PROP_SESSION_ID:
      text = g_value_get_string (value);
      return g_strcmp0 (prop_id == PROP_CLUSTER_ID ? self->cluster_id : self->session_id,
                        text != NULL && *text != '\0' ? text : NULL) != 0;

    case PROP_IMPACT:
      return self->impact != g_value_get_int (value);

    case PROP_EFFORT:
      return self->effort != g_value_get_int (value);

    case PROP_POSITION:
      return self->position != g_value_get_int (value);

    case PROP_CREATED:
      return self->created != g_value_get_int64 (value);

    case PROP_TAGS:
      return strv_differs (self->tags, g_value_get_boxed (value));

    case PROP_PERSONAS:
      return strv_differs (self->personas, g_value_get_boxed (value));

    case PROP_CONTRIBUTORS:
      return !contributors_equal (self->contributors, g_value_get_boxed (value));

    case PROP_VOTES:
      return !votes_equal (self->votes, g_value_get_boxed (value));

    default:
      return FALSE;
    }
}

static void
ch_idea_finalize (GObject *object)
{
  ChIdea *self = (ChIdea *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->personas, g_strfreev);
  g_clear_pointer (&self->contributors, g_ptr_array_unref);
  g_clear_pointer (&self->votes, g_ptr_array_unref);
  g_clear_pointer (&self->search_key, search_key_free);

  G_OBJECT_CLASS (ch_idea_parent_class)->finalize (object);
}

static void
ch_idea_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  ChIdea *self = CH_IDEA (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_CLUSTER_ID:
      g_value_set_static_string (value, self->cluster_id);
      break;

    case PROP_SESSION_ID:
      g_value_set_static_string (value, self->session_id);
      break;

    case PROP_IMPACT:
      g_value_set_int (value, self->impact);
      break;

    case PROP_EFFORT:
      g_value_set_int (value, self->effort);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_CREATED:
      g_value_set_int64 (value, self->created);
      break;

    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;

    case PROP_PERSONAS:
      g_value_set_boxed (value, self->personas);
      break;

    case PROP_CONTRIBUTORS:
      g_value_set_boxed (value, self->contributors);
      break;

    case PROP_VOTES:
      g_value_set_boxed (value, self->votes);
      break;

    case PROP_VOTE_COUNT:
      g_value_set_int (value, self->vote_count);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_idea_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  ChIdea *self = CH_IDEA (object);
  ChEntity *entity = CH_ENTITY (object);
  /* The project sets every property when it applies a change: a key is
   * dropped only when its text really changes. */
  gboolean changed = self->search_key != NULL && differs (self, prop_id, value);

  switch (prop_id)
    {
    case PROP_TITLE:
      ch_entity_take_string (entity, &self->title, g_value_get_string (value), FALSE, pspec);
      break;

    case PROP_DESCRIPTION:
      ch_entity_take_string (entity, &self->description, g_value_get_string (value), TRUE, pspec);
      break;

    case PROP_STATUS:
      ch_entity_take_int (entity, (int *)&self->status, g_value_get_enum (value), pspec);
      break;

    case PROP_CLUSTER_ID:
      set_interned (self, &self->cluster_id, g_value_get_string (value), pspec);
      break;

    case PROP_SESSION_ID:
      set_interned (self, &self->session_id, g_value_get_string (value), pspec);
      break;

    case PROP_IMPACT:
      ch_entity_take_int (entity, &self->impact, g_value_get_int (value), pspec);
      break;

    case PROP_EFFORT:
      ch_entity_take_int (entity, &self->effort, g_value_get_int (value), pspec);
      break;

    case PROP_POSITION:
      ch_entity_take_int (entity, &self->position, g_value_get_int (value), pspec);
      break;

    case PROP_CREATED:
      if (self->created != g_value_get_int64 (value))
        {
          self->created = g_value_get_int64 (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_TAGS:
      ch_entity_take_strv (entity, &self->tags, g_value_get_boxed (value), pspec);
      break;

    case PROP_PERSONAS:
      ch_entity_take_strv (entity, &self->personas, g_value_get_boxed (value), pspec);
      break;

    case PROP_CONTRIBUTORS:
      set_contributors (self, g_value_get_boxed (value));
      break;

    case PROP_VOTES:
      set_votes (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (changed &&
      (prop_id == PROP_TITLE || prop_id == PROP_DESCRIPTION || prop_id == PROP_TAGS ||
       prop_id == PROP_PERSONAS || prop_id == PROP_CONTRIBUTORS))
    g_clear_pointer (&self->search_key, search_key_free);
}

static void
ch_idea_class_init (ChIdeaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ch_idea_finalize;
  object_class->get_property = ch_idea_get_property;
  object_class->set_property = ch_idea_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       CH_TYPE_IDEA_STATUS, CH_IDEA_STATUS_NEW, flags);
  properties[PROP_CLUSTER_ID] =
    g_param_spec_string ("cluster-id", NULL, NULL, NULL, flags);
  properties[PROP_SESSION_ID] =
    g_param_spec_string ("session-id", NULL, NULL, NULL, flags);
  /* 1–5, or 0 while unset. */
  properties[PROP_IMPACT] =
    g_param_spec_int ("impact", NULL, NULL, 0, 5, 0, flags);
  properties[PROP_EFFORT] =
    g_param_spec_int ("effort", NULL, NULL, 0, 5, 0, flags);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, flags);
  /* Ids of the personas the idea serves (<for persona="…"/>). */
  properties[PROP_PERSONAS] =
    g_param_spec_boxed ("personas", NULL, NULL, G_TYPE_STRV, flags);
  /* A GPtrArray of ChContributor. */
  properties[PROP_CONTRIBUTORS] =
    g_param_spec_boxed ("contributors", NULL, NULL, G_TYPE_PTR_ARRAY, flags);
  /* A GPtrArray of ChVote. */
  properties[PROP_VOTES] =
    g_param_spec_boxed ("votes", NULL, NULL, G_TYPE_PTR_ARRAY, flags);
  /* The sum of the dots of all votes. */
  properties[PROP_VOTE_COUNT] =
    g_param_spec_int ("vote-count", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ch_idea_init (ChIdea *self)
{
  self->title = g_strdup ("");
}

ChIdea *
ch_idea_new (const char *id,
             const char *title)
{
  return g_object_new (CH_TYPE_IDEA,
                       "id", id,
                       "title", title,
                       NULL);
}

const char *
ch_idea_get_title (ChIdea *self)
{
  g_return_val_if_fail (CH_IS_IDEA (self), NULL);
  return self->title;
}

const char *
ch_idea_get_description (ChIdea *self)
{
  g_return_val_if_fail (CH_IS_IDEA (self), NULL);
  return self->description;
}

ChIdeaStatus
ch_idea_get_status (ChIdea *self)
{
  g_return_val_if_fail (CH_IS_IDEA (self), 0);
  return self->status;
}

const char *
ch_idea_get_cluster_id (ChIdea *self)
{
  g_return_val_if_fail (CH_IS_IDEA (self), NULL);
  return self->cluster_id;
}

const char *
ch_idea_get_session_id (ChIdea *self)
{
  g_return_val_if_fail (CH_IS_IDEA (self), NULL);
  return self->session_id;
}

int
ch_idea_get_impact (ChIdea *self)
{
  g_return_val_if_fail (CH_IS_IDEA (self), 0);
  return self->impact;
}

int
ch_idea_get_effort (ChIdea *self)
{
  g_return_val_if_fail (CH_IS_IDEA (self), 0);
  return self->effort;
}

int
ch_idea_get_position (ChIdea *self)
{
  g_return_val_if_fail (CH_IS_IDEA (self), 0);
  return self->position;
}

gint64
ch_idea_get_created (ChIdea *self)
{
  g_return_val_if_fail (CH_IS_IDEA (self), 0);
  return self->created;
}

const char * const *
ch_idea_get_tags (ChIdea *self)
{
  g_return_val_if_fail (CH_IS_IDEA (self), NULL);
  return (const char * const *)self->tags;
}

const char * const *
ch_idea_get_personas (ChIdea *self)
{
  g_return_val_if_fail (CH_IS_IDEA (self), NULL);
  return (const char * const *)self->personas;
}

/**
 * ch_idea_get_contributors:
 *
 * Returns: (transfer none) (nullable) (element-type ChContributor): the
 *   contributors; do not change the array, set a new one.
 */
GPtrArray *
ch_idea_get_contributors (ChIdea *self)
{
  g_return_val_if_fail (CH_IS_IDEA (self), NULL);
  return self->contributors;
}

/**
 * ch_idea_get_votes:
 *
 * Returns: (transfer none) (nullable) (element-type ChVote): the votes.
 */
GPtrArray *
ch_idea_get_votes (ChIdea *self)
{
  g_return_val_if_fail (CH_IS_IDEA (self), NULL);
  return self->votes;
}

int
ch_idea_get_vote_count (ChIdea *self)
{
  g_return_val_if_fail (CH_IS_IDEA (self), 0);
  return self->vote_count;
}

/**
 * ch_idea_get_search_key:
 *
 * The search key (ch_search_key_new()) of the idea's title, description
 * and tags, one after the other: what the words of a search are looked
 * for in. It is made the first time it is asked for and kept until one
 * of those texts, the personas or the contributors change. Not
 * thread-safe: ask on the thread that owns the idea.
 *
 * Returns: (transfer none): the search key
 */
const char *
ch_idea_get_search_key (ChIdea *self)
{
  g_return_val_if_fail (CH_IS_IDEA (self), NULL);

  if (self->search_key == NULL)
    self->search_key = create_search_key (self);

  return self->search_key;
}

/**
 * ch_idea_get_search_people:
 * @n_people: (out): how many
 *
 * The hashes (g_str_hash()) of the ids of the personas the idea serves,
 * then of the participants who contributed it (0 for one without an id),
 * kept with the search key (ch_idea_get_search_key()): what a search for
 * a name compares first, before it looks at the ids themselves.
 *
 * Returns: (transfer none) (array length=n_people): the hashes
 */
const guint32 *
ch_idea_get_search_people (ChIdea *self,
                           guint  *n_people)
{
  g_return_val_if_fail (CH_IS_IDEA (self), NULL);
  g_return_val_if_fail (n_people != NULL, NULL);

  return get_search_people (ch_idea_get_search_key (self), n_people);
}

/**
 * ch_idea_has_search_key:
 *
 * Returns: whether the search key is made, so that asking for it now
 *   costs nothing
 */
gboolean
ch_idea_has_search_key (ChIdea *self)
{
  g_return_val_if_fail (CH_IS_IDEA (self), FALSE);

  return self->search_key != NULL;
}

static void
make_keys_free (gpointer data)
{
  MakeKeys *make_keys = data;

  g_clear_object (&make_keys->ideas);
  g_free (make_keys);
}

/* Some milliseconds at a time: the main loop draws and handles input
 * between them. */
#define MAKE_KEYS_SLICE_USEC 3000

static gboolean
make_keys_cb (gpointer data)
{
  GTask *task = data;
  MakeKeys *make_keys = g_task_get_task_data (task);
  gint64 end = g_get_monotonic_time () + MAKE_KEYS_SLICE_USEC;
  guint n_items = g_list_model_get_n_items (make_keys->ideas);

  if (g_task_return_error_if_cancelled (task))
    return G_SOURCE_REMOVE;

  while (make_keys->position < n_items)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (make_keys->ideas, make_keys->position++);

      ch_idea_get_search_key (idea);

      if (make_keys->position % 64 == 0 && g_get_monotonic_time () >= end)
        return G_SOURCE_CONTINUE;
    }

  g_task_return_boolean (task, TRUE);

  return G_SOURCE_REMOVE;
}

/**
 * ch_idea_make_search_keys_async:
 * @ideas: a list of ideas
 *
 * Makes the search keys of @ideas ahead of a search, so that the first
 * search does not wait for them: on the thread-default main context (the
 * ideas' own), at low priority, a few milliseconds at a time. Ideas added
 * to @ideas meanwhile, or changed since, have theirs made when a search
 * first asks.
 */
void
ch_idea_make_search_keys_async (GListModel          *ideas,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GSource) source = NULL;
  MakeKeys *make_keys;

  g_return_if_fail (G_IS_LIST_MODEL (ideas));
  g_return_if_fail (g_list_model_get_item_type (ideas) == CH_TYPE_IDEA);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ch_idea_make_search_keys_async);

  make_keys = g_new0 (MakeKeys, 1);
  make_keys->ideas = g_object_ref (ideas);
  g_task_set_task_data (task, make_keys, make_keys_free);

  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_LOW);
  g_source_set_static_name (source, "[charrette] search keys");
  g_source_set_callback (source, make_keys_cb, g_object_ref (task), g_object_unref);
  g_source_attach (source, g_task_get_context (task));
}

gboolean
ch_idea_make_search_keys_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ch_idea_make_search_keys_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

ChContributor *
ch_contributor_new (const char *participant_id,
                    const char *informed)
{
  ChContributor *self = g_new0 (ChContributor, 1);

  self->participant_id = g_strdup (participant_id);
  self->informed = g_strdup (informed);

  return self;
}

ChContributor *
ch_contributor_copy (const ChContributor *self)
{
  return ch_contributor_new (self->participant_id, self->informed);
}

void
ch_contributor_free (ChContributor *self)
{
  if (self == NULL)
    return;

  g_free (self->participant_id);
  g_free (self->informed);
  g_free (self);
}

ChVote *
ch_vote_new (const char *participant_id,
             int         dots)
{
  ChVote *self = g_new0 (ChVote, 1);

  self->participant_id = g_strdup (participant_id);
  self->dots = dots;

  return self;
}

ChVote *
ch_vote_copy (const ChVote *self)
{
  return ch_vote_new (self->participant_id, self->dots);
}

void
ch_vote_free (ChVote *self)
{
  if (self == NULL)
    return;

  g_free (self->participant_id);
  g_free (self);
}
