/* ch-idea-query.c: which ideas a search and its filters show
 *
 * A query holds what a facilitator typed in the search bar and the
 * filters they chose (status, session, cluster, persona, participant,
 * tag). An idea matches when it passes every filter and contains every
 * word: in its title, description or tags (the idea's search key, kept
 * on the idea), or in the name of a persona it serves or of a participant
 * who contributed it. Names are not folded into the ideas' keys: for
 * each word the query knows which personas and participants match, from
 * their names, which are few; renaming a participant needs no idea
 * keyed again, the query only learns the new name.
 *
 * A query emits ChIdeaQuery::changed when its words or filters are set,
 * saying whether it got stricter (so that a filter over 100 000 ideas
 * only looks again at the ideas it showed), and ChIdeaQuery::ideas-changed
 * from the main loop when ideas, personas or participants change in a
 * way that matters to it. It learns of the ideas' changes from its
 * project's ChProject::ideas-changed, which names the ideas a step
 * changed but not what it changed of them, and has no handler on each
 * idea. What the words and the tag, persona and participant filters
 * look at (title, description, tags, personas, contributors) is in the
 * idea's search key, which ChIdea drops when one of them changes: a
 * changed idea without a key may match otherwise. What the status,
 * session and cluster filters look at is not: the query keeps it for
 * each idea (one pointer each, to a few shared records), from when one
 * of those filters is first set, and compares.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-idea-query"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ch-idea-query.h"
#include "ch-search.h"

/* For one word of the query: the ids of the personas and participants
 * whose name contains it, or %NULL for none; their hashes, sorted, and
 * a mask of their low bits, to compare with an idea's
 * (ch_idea_get_search_people()) rather than its ids. Only when another
 * person of the project has one of these hashes are the ids compared. */
typedef struct
{
  GHashTable *persona_ids;
  GHashTable *participant_ids;
  GArray     *hashes;
  guint64     mask[4];
  gboolean    compare_ids;
} WordNames;

#define IN_MASK(mask, hash) (((mask)[((hash) & 255) >> 6] >> ((hash) & 63)) & 1)

/* Where an idea is filed: what the status, session and cluster filters
 * look at. One record for all the ideas filed alike (ChIdeaQuery's
 * filing_set): the ideas' filings compare as pointers. */
typedef struct
{
  ChIdeaStatus  status;
  const char   *session_id;
  const char   *cluster_id;
} Filing;

struct _ChIdeaQuery
{
  GObject      parent_instance;

  ChProject   *project;
  /* The personas and participants watched for their names. */
  GPtrArray   *named;

  char        *text;
  char       **words;
  /* One for each word; %NULL without words. */
  WordNames   *word_names;

  /* Filters: 0 or %NULL for any. Ids are interned, as an idea's cluster
   * and session ids are; CH_IDEA_QUERY_NONE for ideas without any. */
  guint        statuses;
  const char  *session_id;
  const char  *cluster_id;
  const char  *persona_id;
  const char  *participant_id;
  const char  *tag;
  /* g_str_hash() of the two ids, compared first (may_have_person()). */
  guint32      persona_hash;
  guint32      participant_hash;

  /* Idea → its Filing as the last step left it, or %NULL until a
   * status, session or cluster filter is first set. Removed ideas are
   * not told by the ideas' list: theirs stay, unused, until as many
   * ideas were removed as there are (n_removed), and all are filed
   * again. */
  GHashTable  *filings;
  GHashTable  *filing_set;
  guint        n_removed;

  guint        changed_source;
};

G_DEFINE_FINAL_TYPE (ChIdeaQuery, ch_idea_query, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (ChIdeaQueryChange, ch_idea_query_change,
                    G_DEFINE_ENUM_VALUE (CH_IDEA_QUERY_CHANGE_DIFFERENT, "different"),
                    G_DEFINE_ENUM_VALUE (CH_IDEA_QUERY_CHANGE_LESS_STRICT, "less-strict"),
                    G_DEFINE_ENUM_VALUE (CH_IDEA_QUERY_CHANGE_MORE_STRICT, "more-strict"))

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_TEXT,
  PROP_STATUSES,
  PROP_SESSION_ID,
  PROP_CLUSTER_ID,
  PROP_PERSONA_ID,
  PROP_PARTICIPANT_ID,
  PROP_TAG,
  N_PROPS
};

enum {
  CHANGED,
  IDEAS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Every status: the same as none chosen. */
#define ALL_STATUSES (CH_IDEA_QUERY_STATUS (CH_IDEA_STATUS_DONE + 1) - 1)

static void
clear_word_names (ChIdeaQuery *self)
{
  for (guint i = 0; self->word_names != NULL && self->words[i] != NULL; i++)
    {
      g_clear_pointer (&self->word_names[i].persona_ids, g_hash_table_unref);
      g_clear_pointer (&self->word_names[i].participant_ids, g_hash_table_unref);
      g_clear_pointer (&self->word_names[i].hashes, g_array_unref);
    }
  g_clear_pointer (&self->word_names, g_free);
}

/* The ids of the entities of @people whose name contains @word. */
static GHashTable *
find_names (GListModel *people,
            const char *word)
{
  GHashTable *ids = NULL;
  guint n_items = g_list_model_get_n_items (people);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) person = g_list_model_get_item (people, i);
      g_autofree char *name = NULL;
      g_autofree char *key = NULL;

      g_object_get (person, "name", &name, NULL);
      key = ch_search_key_new (name);
      if (strstr (key, word) == NULL)
        continue;

      if (ids == NULL)
        ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_add (ids, g_strdup (ch_entity_get_id (CH_ENTITY (person))));
    }

  return ids;
}

static int
compare_hashes (gconstpointer a,
                gconstpointer b)
{
  guint32 hash_a = *(const guint32 *)a;
  guint32 hash_b = *(const guint32 *)b;

  return (hash_a > hash_b) - (hash_a < hash_b);
}

static void
add_hashes (WordNames  *names,
            GHashTable *ids)
{
  GHashTableIter iter;
  gpointer id;

  if (ids == NULL)
    return;

  if (names->hashes == NULL)
    names->hashes = g_array_new (FALSE, FALSE, sizeof (guint32));

  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    {
      guint32 hash = g_str_hash (id);

      g_array_append_val (names->hashes, hash);
      names->mask[(hash & 255) >> 6] |= G_GUINT64_CONSTANT (1) << (hash & 63);
    }
  g_array_sort (names->hashes, compare_hashes);
}

static gboolean
has_hash (WordNames *names,
          guint32    hash)
{
  return IN_MASK (names->mask, hash) &&
         bsearch (&hash, names->hashes->data, names->hashes->len, sizeof (guint32),
                  compare_hashes) != NULL;
}

/* Whether a person whose name does not match has the hash of one whose
 * name does (a one in ten thousand chance with 1 000 people). */
static gboolean
hashes_collide (WordNames  *names,
                GListModel *people)
{
  guint n_items = g_list_model_get_n_items (people);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ChEntity) person = g_list_model_get_item (people, i);
      const char *id = ch_entity_get_id (person);

      if (has_hash (names, g_str_hash (id)) &&
          (names->persona_ids == NULL || !g_hash_table_contains (names->persona_ids, id)) &&
          (names->participant_ids == NULL || !g_hash_table_contains (names->participant_ids, id)))
        return TRUE;
    }

  return FALSE;
}

static void
find_word_names (ChIdeaQuery *self)
{
  guint n_words = g_strv_length (self->words);

  clear_word_names (self);

  if (n_words == 0 || self->project == NULL)
    return;

  self->word_names = g_new0 (WordNames, n_words);
  for (guint i = 0; i < n_words; i++)
    {
      self->word_names[i].persona_ids =
        find_names (ch_project_get_personas (self->project), self->words[i]);
      self->word_names[i].participant_ids =
        find_names (ch_project_get_participants (self->project), self->words[i]);
      add_hashes (&self->word_names[i], self->word_names[i].persona_ids);
      add_hashes (&self->word_names[i], self->word_names[i].participant_ids);
      if (self->word_names[i].hashes != NULL)
        self->word_names[i].compare_ids =
          hashes_collide (&self->word_names[i], ch_project_get_personas (self->project)) ||
          hashes_collide (&self->word_names[i], ch_project_get_participants (self->project));
    }
}

static gboolean
id_sets_equal (GHashTable *a,
               GHashTable *b)
{
  GHashTableIter iter;
  gpointer id;

  if (a == NULL || b == NULL)
    return a == b;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    if (!g_hash_table_contains (b, id))
      return FALSE;

  return TRUE;
}

static void
emit_changed (ChIdeaQuery       *self,
              ChIdeaQueryChange  change)
{
  g_signal_emit (self, signals[CHANGED], 0, change);
}

/* Whether every word of @a is in a word of @b: then whatever matches @b
 * matches @a too (the ideas of a word's names included). */
static gboolean
words_within (const char * const *a,
              const char * const *b)
{
  for (guint i = 0; a[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; !found && b[j] != NULL; j++)
        found = strstr (b[j], a[i]) != NULL;

      if (!found)
        return FALSE;
    }

  return TRUE;
}

static gboolean
changed_cb (gpointer data)
{
  ChIdeaQuery *self = data;

  self->changed_source = 0;
  g_signal_emit (self, signals[IDEAS_CHANGED], 0);

  return G_SOURCE_REMOVE;
}

/* Once for all the changes made in one go (an update of several
 * properties, an undo). */
static void
queue_changed (ChIdeaQuery *self)
{
  g_autoptr(GSource) source = NULL;

  if (self->changed_source != 0)
    return;

  /* Before the next frame is drawn. */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_HIGH_IDLE);
  g_source_set_static_name (source, "[charrette] idea query changed");
  g_source_set_callback (source, changed_cb, self, NULL);
  self->changed_source = g_source_attach (source, NULL);
}

/* A persona or participant was renamed, added or removed: the words may
 * match other names now. */
static void
names_changed (ChIdeaQuery *self)
{
  WordNames *old_names;
  guint n_words = g_strv_length (self->words);
  gboolean same = TRUE;

  if (n_words == 0 || self->project == NULL)
    return;

  old_names = g_steal_pointer (&self->word_names);
  find_word_names (self);

  for (guint i = 0; i < n_words; i++)
    {
      same = same && id_sets_equal (old_names[i].persona_ids, self->word_names[i].persona_ids) &&
             id_sets_equal (old_names[i].participant_ids, self->word_names[i].participant_ids);
      g_clear_pointer (&old_names[i].persona_ids, g_hash_table_unref);
      g_clear_pointer (&old_names[i].participant_ids, g_hash_table_unref);
      g_clear_pointer (&old_names[i].hashes, g_array_unref);
    }
  g_free (old_names);

  if (!same)
    queue_changed (self);
}

static void
name_notify_cb (ChIdeaQuery *self,
                GParamSpec  *pspec,
                GObject     *person)
{
  names_changed (self);
}

static void
unwatch_names (ChIdeaQuery *self)
{
  for (guint i = 0; i < self->named->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->named, i),
                                          name_notify_cb, self);
  g_ptr_array_set_size (self->named, 0);
}

static void
watch_names (ChIdeaQuery *self,
             GListModel  *people)
{
  guint n_items = g_list_model_get_n_items (people);

  for (guint i = 0; i < n_items; i++)
    {
      GObject *person = g_list_model_get_item (people, i);

      g_signal_connect_swapped (person, "notify::name", G_CALLBACK (name_notify_cb), self);
      g_ptr_array_add (self->named, person);
    }
}

static void
people_changed_cb (ChIdeaQuery *self,
                   guint        position,
                   guint        removed,
                   guint        added,
                   GListModel  *people)
{
  unwatch_names (self);
  watch_names (self, ch_project_get_personas (self->project));
  watch_names (self, ch_project_get_participants (self->project));
  names_changed (self);
}

static guint
filing_hash (gconstpointer data)
{
  const Filing *filing = data;

  return filing->status ^ g_direct_hash (filing->session_id) * 31 ^
         g_direct_hash (filing->cluster_id) * 1009;
}

static gboolean
filing_equal (gconstpointer a,
              gconstpointer b)
{
  const Filing *filing_a = a;
  const Filing *filing_b = b;

  /* Ids interned. */
  return filing_a->status == filing_b->status && filing_a->session_id == filing_b->session_id &&
         filing_a->cluster_id == filing_b->cluster_id;
}

/* Keeps where @idea is filed now; returns whether it was filed
 * otherwise (or not known). */
static gboolean
refile (ChIdeaQuery *self,
        ChIdea      *idea)
{
  Filing now = {
    ch_idea_get_status (idea), ch_idea_get_session_id (idea), ch_idea_get_cluster_id (idea)
  };
  Filing *filing = g_hash_table_lookup (self->filing_set, &now);

  if (filing == NULL)
    {
      filing = g_memdup2 (&now, sizeof now);
      g_hash_table_add (self->filing_set, filing);
    }
  else if (g_hash_table_lookup (self->filings, idea) == filing)
    return FALSE;

  g_hash_table_insert (self->filings, idea, filing);

  return TRUE;
}

/* Where each idea of the project is filed: one pass, at most once per
 * project (and then as ideas are removed). */
static void
file_ideas (ChIdeaQuery *self)
{
  GListModel *ideas = ch_project_get_ideas (self->project);
  guint n_items = g_list_model_get_n_items (ideas);

  g_hash_table_remove_all (self->filings);
  self->n_removed = 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, i);

      refile (self, idea);
    }
}

static gboolean
has_filing_filters (ChIdeaQuery *self)
{
  return self->statuses != 0 || self->session_id != NULL || self->cluster_id != NULL;
}

/* A status, session or cluster filter is set: from now on, what each
 * idea was filed as is needed. */
static void
start_filing (ChIdeaQuery *self)
{
  if (self->filings != NULL || self->project == NULL || !has_filing_filters (self))
    return;

  self->filings = g_hash_table_new (NULL, NULL);
  self->filing_set = g_hash_table_new_full (filing_hash, filing_equal, g_free, NULL);
  file_ideas (self);
}

static void
stop_filing (ChIdeaQuery *self)
{
  g_clear_pointer (&self->filings, g_hash_table_unref);
  g_clear_pointer (&self->filing_set, g_hash_table_unref);
  self->n_removed = 0;
}

/* A step (done, undone, redone, imported) changed these ideas. */
static void
project_ideas_changed_cb (ChIdeaQuery *self,
                          GPtrArray   *ideas,
                          ChProject   *project)
{
  gboolean filed = has_filing_filters (self);
  gboolean keyed = self->words[0] != NULL || self->tag != NULL || self->persona_id != NULL ||
                   self->participant_id != NULL;
  gboolean changed = FALSE;

  for (guint i = 0; i < ideas->len; i++)
    {
      ChIdea *idea = g_ptr_array_index (ideas, i);

      /* Each one refiled, even once one matters. */
      if (self->filings != NULL && refile (self, idea) && filed)
        changed = TRUE;

      /* Its title, description, tags, personas or contributors changed
       * (or no search saw it yet). */
      if (keyed && !ch_idea_has_search_key (idea))
        changed = TRUE;
    }

  if (changed)
    queue_changed (self);
}

/* Ideas added are filed; those that match show by the list's change. */
static void
ideas_items_changed_cb (ChIdeaQuery *self,
                        guint        position,
                        guint        removed,
                        guint        added,
                        GListModel  *ideas)
{
  if (self->filings == NULL)
    return;

  self->n_removed += removed;
  if (self->n_removed > g_list_model_get_n_items (ideas))
    {
      file_ideas (self);
      return;
    }

  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, i);

      refile (self, idea);
    }
}

/* Sets an id filter; emits what changed. */
static void
set_id (ChIdeaQuery  *self,
        const char  **field,
        const char   *id,
        GParamSpec   *pspec)
{
  const char *interned = g_intern_string (id);
  const char *old = *field;

  if (old == interned)
    return;

  *field = interned;

  if (old == NULL)
    emit_changed (self, CH_IDEA_QUERY_CHANGE_MORE_STRICT);
  else if (interned == NULL)
    emit_changed (self, CH_IDEA_QUERY_CHANGE_LESS_STRICT);
  else
    emit_changed (self, CH_IDEA_QUERY_CHANGE_DIFFERENT);

  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static gboolean
strv_contains (char       **strv,
               const char  *text)
{
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    if (g_str_equal (strv[i], text))
      return TRUE;

  return FALSE;
}

static gboolean
has_contributor (GPtrArray  *contributors,
                 const char *participant_id)
{
  for (guint i = 0; contributors != NULL && i < contributors->len; i++)
    if (g_strcmp0 (((ChContributor *)g_ptr_array_index (contributors, i))->participant_id,
                   participant_id) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
has_any (const char * const *ids,
         GHashTable         *wanted)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (g_hash_table_contains (wanted, ids[i]))
      return TRUE;

  return FALSE;
}

static gboolean
has_any_contributor (GPtrArray  *contributors,
                     GHashTable *wanted)
{
  for (guint i = 0; contributors != NULL && i < contributors->len; i++)
    {
      ChContributor *contributor = g_ptr_array_index (contributors, i);

      if (contributor->participant_id != NULL &&
          g_hash_table_contains (wanted, contributor->participant_id))
        return TRUE;
    }

  return FALSE;
}

/* Whether the idea serves a persona, or a participant contributed it,
 * whose name contains the word. */
static gboolean
has_name (WordNames *names,
          ChIdea    *idea)
{
  const guint32 *people;
  guint n_people;
  gboolean maybe = FALSE;

  if (names->hashes == NULL)
    return FALSE;

  /* On the hashes kept with the idea's key, in the cache already: the
   * ids of its people are elsewhere in memory. */
  people = ch_idea_get_search_people (idea, &n_people);
  for (guint i = 0; !maybe && i < n_people; i++)
    maybe = has_hash (names, people[i]);

  /* The ideas' people are the project's (removing one removes it from
   * them): a hash no other person has is theirs. */
  if (!maybe || !names->compare_ids)
    return maybe;

  return (names->persona_ids != NULL &&
          has_any (ch_idea_get_personas (idea), names->persona_ids)) ||
         (names->participant_ids != NULL &&
          has_any_contributor (ch_idea_get_contributors (idea), names->participant_ids));
}

/* Whether one of the idea's personas or contributors may have this id:
 * the hash of its id is among those kept with the idea's key. */
static gboolean
may_have_person (ChIdea  *idea,
                 guint32  hash)
{
  const guint32 *people;
  guint n_people;

  people = ch_idea_get_search_people (idea, &n_people);
  for (guint i = 0; i < n_people; i++)
    if (people[i] == hash)
      return TRUE;

  return FALSE;
}

/* An idea without any (CH_IDEA_QUERY_NONE) or with this one. */
static gboolean
match_id (const char *wanted,
          const char *id)
{
  if (*wanted == '\0')
    return id == NULL;

  /* Both interned. */
  return id == wanted;
}

static void
unwatch_project (ChIdeaQuery *self)
{
  if (self->project == NULL)
    return;

  unwatch_names (self);
  g_signal_handlers_disconnect_by_func (ch_project_get_personas (self->project),
                                        people_changed_cb, self);
  g_signal_handlers_disconnect_by_func (ch_project_get_participants (self->project),
                                        people_changed_cb, self);
  g_signal_handlers_disconnect_by_func (ch_project_get_ideas (self->project),
                                        ideas_items_changed_cb, self);
  g_signal_handlers_disconnect_by_func (self->project, project_ideas_changed_cb, self);
  stop_filing (self);
  g_clear_object (&self->project);
}

static void
ch_idea_query_dispose (GObject *object)
{
  ChIdeaQuery *self = (ChIdeaQuery *)object;

  unwatch_project (self);
  g_clear_handle_id (&self->changed_source, g_source_remove);

  G_OBJECT_CLASS (ch_idea_query_parent_class)->dispose (object);
}

static void
ch_idea_query_finalize (GObject *object)
{
  ChIdeaQuery *self = (ChIdeaQuery *)object;

  clear_word_names (self);
  g_clear_pointer (&self->words, g_strfreev);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->named, g_ptr_array_unref);

  G_OBJECT_CLASS (ch_idea_query_parent_class)->finalize (object);
}

static void
ch_idea_query_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ChIdeaQuery *self = CH_IDEA_QUERY (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_STATUSES:
      g_value_set_uint (value, self->statuses);
      break;

    case PROP_SESSION_ID:
      g_value_set_static_string (value, self->session_id);
      break;

    case PROP_CLUSTER_ID:
      g_value_set_static_string (value, self->cluster_id);
      break;

    case PROP_PERSONA_ID:
      g_value_set_static_string (value, self->persona_id);
      break;

    case PROP_PARTICIPANT_ID:
      g_value_set_static_string (value, self->participant_id);
      break;

    case PROP_TAG:
      g_value_set_static_string (value, self->tag);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_idea_query_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ChIdeaQuery *self = CH_IDEA_QUERY (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      ch_idea_query_set_project (self, g_value_get_object (value));
      break;

    case PROP_TEXT:
      ch_idea_query_set_text (self, g_value_get_string (value));
      break;

    case PROP_STATUSES:
      ch_idea_query_set_statuses (self, g_value_get_uint (value));
      break;

    case PROP_SESSION_ID:
      ch_idea_query_set_session_id (self, g_value_get_string (value));
      break;

    case PROP_CLUSTER_ID:
      ch_idea_query_set_cluster_id (self, g_value_get_string (value));
      break;

    case PROP_PERSONA_ID:
      ch_idea_query_set_persona_id (self, g_value_get_string (value));
      break;

    case PROP_PARTICIPANT_ID:
      ch_idea_query_set_participant_id (self, g_value_get_string (value));
      break;

    case PROP_TAG:
      ch_idea_query_set_tag (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_idea_query_class_init (ChIdeaQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ch_idea_query_dispose;
  object_class->finalize = ch_idea_query_finalize;
  object_class->get_property = ch_idea_query_get_property;
  object_class->set_property = ch_idea_query_set_property;

  /* Whose persona and participant names the words are looked for in,
   * and whose ideas' changes the query follows. */
  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, CH_TYPE_PROJECT, flags);
  /* What was typed: words an idea must all contain. */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "", flags);
  /* CH_IDEA_QUERY_STATUS() of each status shown; 0 for all. */
  properties[PROP_STATUSES] =
    g_param_spec_uint ("statuses", NULL, NULL, 0, ALL_STATUSES, 0, flags);
  properties[PROP_SESSION_ID] =
    g_param_spec_string ("session-id", NULL, NULL, NULL, flags);
  properties[PROP_CLUSTER_ID] =
    g_param_spec_string ("cluster-id", NULL, NULL, NULL, flags);
  /* The ideas that serve this persona. */
  properties[PROP_PERSONA_ID] =
    g_param_spec_string ("persona-id", NULL, NULL, NULL, flags);
  /* The ideas this participant contributed. */
  properties[PROP_PARTICIPANT_ID] =
    g_param_spec_string ("participant-id", NULL, NULL, NULL, flags);
  properties[PROP_TAG] =
    g_param_spec_string ("tag", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ChIdeaQuery::changed:
   * @change: whether the query got stricter, less strict, or neither
   *
   * What the query matches changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CH_TYPE_IDEA_QUERY_CHANGE);

  /**
   * ChIdeaQuery::ideas-changed:
   *
   * Ideas of the project changed, or the names of personas or
   * participants, in a way that may change which the query matches;
   * emitted from the main loop, once for the changes made in one go.
   * Ideas added or removed are not told: a filter sees them come and go.
   */
  signals[IDEAS_CHANGED] =
    g_signal_new ("ideas-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
ch_idea_query_init (ChIdeaQuery *self)
{
  self->text = g_strdup ("");
  self->words = g_new0 (char *, 1);
  self->named = g_ptr_array_new_with_free_func (g_object_unref);
}

ChIdeaQuery *
ch_idea_query_new (void)
{
  return g_object_new (CH_TYPE_IDEA_QUERY, NULL);
}

/**
 * ch_idea_query_get_project:
 *
 * Returns: (transfer none) (nullable): the project whose persona and
 *   participant names are searched
 */
ChProject *
ch_idea_query_get_project (ChIdeaQuery *self)
{
  g_return_val_if_fail (CH_IS_IDEA_QUERY (self), NULL);

  return self->project;
}

/**
 * ch_idea_query_set_project:
 * @project: (nullable): the project of the ideas matched
 *
 * The words of the query are looked for in the names of @project's
 * personas and participants too, as they are now and as they change;
 * ChIdeaQuery::ideas-changed follows the changes of @project's ideas.
 * A query without a project does not learn of them.
 */
void
ch_idea_query_set_project (ChIdeaQuery *self,
                           ChProject   *project)
{
  g_return_if_fail (CH_IS_IDEA_QUERY (self));
  g_return_if_fail (project == NULL || CH_IS_PROJECT (project));

  if (self->project == project)
    return;

  unwatch_project (self);

  if (project != NULL)
    {
      self->project = g_object_ref (project);
      g_signal_connect_swapped (ch_project_get_personas (project), "items-changed",
                                G_CALLBACK (people_changed_cb), self);
      g_signal_connect_swapped (ch_project_get_participants (project), "items-changed",
                                G_CALLBACK (people_changed_cb), self);
      watch_names (self, ch_project_get_personas (project));
      watch_names (self, ch_project_get_participants (project));
      g_signal_connect_swapped (project, "ideas-changed",
                                G_CALLBACK (project_ideas_changed_cb), self);
      g_signal_connect_swapped (ch_project_get_ideas (project), "items-changed",
                                G_CALLBACK (ideas_items_changed_cb), self);
      start_filing (self);
    }

  if (self->words[0] != NULL)
    {
      find_word_names (self);
      emit_changed (self, CH_IDEA_QUERY_CHANGE_DIFFERENT);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * ch_idea_query_get_text:
 *
 * Returns: (transfer none): what was typed; "" for nothing
 */
const char *
ch_idea_query_get_text (ChIdeaQuery *self)
{
  g_return_val_if_fail (CH_IS_IDEA_QUERY (self), NULL);

  return self->text;
}

/**
 * ch_idea_query_set_text:
 * @text: (nullable): the words an idea must contain, as typed
 *
 * Typing on ("ca" → "caf", "caf" → "caf lait") makes the query
 * stricter: a filter then looks again only at the ideas it showed.
 * Deleting makes it less strict.
 */
void
ch_idea_query_set_text (ChIdeaQuery *self,
                        const char  *text)
{
  g_auto(GStrv) old_words = NULL;
  gboolean stricter, looser;

  g_return_if_fail (CH_IS_IDEA_QUERY (self));

  if (text == NULL)
    text = "";

  if (g_str_equal (self->text, text))
    return;

  g_free (self->text);
  self->text = g_strdup (text);

  clear_word_names (self);
  old_words = g_steal_pointer (&self->words);
  self->words = ch_search_query_new (text);
  find_word_names (self);

  stricter = words_within ((const char * const *)old_words, (const char * const *)self->words);
  looser = words_within ((const char * const *)self->words, (const char * const *)old_words);

  /* Both: the same ideas ("café" and "cafe", or a space more). */
  if (stricter && !looser)
    emit_changed (self, CH_IDEA_QUERY_CHANGE_MORE_STRICT);
  else if (looser && !stricter)
    emit_changed (self, CH_IDEA_QUERY_CHANGE_LESS_STRICT);
  else if (!looser && !stricter)
    emit_changed (self, CH_IDEA_QUERY_CHANGE_DIFFERENT);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

guint
ch_idea_query_get_statuses (ChIdeaQuery *self)
{
  g_return_val_if_fail (CH_IS_IDEA_QUERY (self), 0);

  return self->statuses;
}

/**
 * ch_idea_query_set_statuses:
 * @statuses: CH_IDEA_QUERY_STATUS() of each status to show, or-ed; 0
 *   for every status
 */
void
ch_idea_query_set_statuses (ChIdeaQuery *self,
                            guint        statuses)
{
  guint old, new;

  g_return_if_fail (CH_IS_IDEA_QUERY (self));
  g_return_if_fail ((statuses & ~ALL_STATUSES) == 0);

  /* All of them: no filter. */
  if (statuses == ALL_STATUSES)
    statuses = 0;

  if (self->statuses == statuses)
    return;

  old = self->statuses != 0 ? self->statuses : ALL_STATUSES;
  new = statuses != 0 ? statuses : ALL_STATUSES;
  self->statuses = statuses;
  start_filing (self);

  if ((new & old) == new)
    emit_changed (self, CH_IDEA_QUERY_CHANGE_MORE_STRICT);
  else if ((new & old) == old)
    emit_changed (self, CH_IDEA_QUERY_CHANGE_LESS_STRICT);
  else
    emit_changed (self, CH_IDEA_QUERY_CHANGE_DIFFERENT);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUSES]);
}

const char *
ch_idea_query_get_session_id (ChIdeaQuery *self)
{
  g_return_val_if_fail (CH_IS_IDEA_QUERY (self), NULL);

  return self->session_id;
}

/**
 * ch_idea_query_set_session_id:
 * @session_id: (nullable): the session whose ideas to show,
 *   CH_IDEA_QUERY_NONE for the ideas of no session, or %NULL for all
 */
void
ch_idea_query_set_session_id (ChIdeaQuery *self,
                              const char  *session_id)
{
  g_return_if_fail (CH_IS_IDEA_QUERY (self));

  set_id (self, &self->session_id, session_id, properties[PROP_SESSION_ID]);
  start_filing (self);
}

const char *
ch_idea_query_get_cluster_id (ChIdeaQuery *self)
{
  g_return_val_if_fail (CH_IS_IDEA_QUERY (self), NULL);

  return self->cluster_id;
}

/**
 * ch_idea_query_set_cluster_id:
 * @cluster_id: (nullable): the cluster whose ideas to show,
 *   CH_IDEA_QUERY_NONE for the ideas in no cluster, or %NULL for all
 */
void
ch_idea_query_set_cluster_id (ChIdeaQuery *self,
                              const char  *cluster_id)
{
  g_return_if_fail (CH_IS_IDEA_QUERY (self));

  set_id (self, &self->cluster_id, cluster_id, properties[PROP_CLUSTER_ID]);
  start_filing (self);
}

const char *
ch_idea_query_get_persona_id (ChIdeaQuery *self)
{
  g_return_val_if_fail (CH_IS_IDEA_QUERY (self), NULL);

  return self->persona_id;
}

/**
 * ch_idea_query_set_persona_id:
 * @persona_id: (nullable): the persona whose ideas (those that serve
 *   it) to show, CH_IDEA_QUERY_NONE for the ideas that serve none, or
 *   %NULL for all
 */
void
ch_idea_query_set_persona_id (ChIdeaQuery *self,
                              const char  *persona_id)
{
  g_return_if_fail (CH_IS_IDEA_QUERY (self));

  self->persona_hash = persona_id != NULL ? g_str_hash (persona_id) : 0;
  set_id (self, &self->persona_id, persona_id, properties[PROP_PERSONA_ID]);
}

const char *
ch_idea_query_get_participant_id (ChIdeaQuery *self)
{
  g_return_val_if_fail (CH_IS_IDEA_QUERY (self), NULL);

  return self->participant_id;
}

/**
 * ch_idea_query_set_participant_id:
 * @participant_id: (nullable): the participant whose ideas (those they
 *   contributed) to show, CH_IDEA_QUERY_NONE for the ideas nobody
 *   contributed, or %NULL for all
 */
void
ch_idea_query_set_participant_id (ChIdeaQuery *self,
                                  const char  *participant_id)
{
  g_return_if_fail (CH_IS_IDEA_QUERY (self));

  self->participant_hash = participant_id != NULL ? g_str_hash (participant_id) : 0;
  set_id (self, &self->participant_id, participant_id, properties[PROP_PARTICIPANT_ID]);
}

const char *
ch_idea_query_get_tag (ChIdeaQuery *self)
{
  g_return_val_if_fail (CH_IS_IDEA_QUERY (self), NULL);

  return self->tag;
}

/**
 * ch_idea_query_set_tag:
 * @tag: (nullable): the tag of the ideas to show, as it is written,
 *   CH_IDEA_QUERY_NONE for the ideas without tags, or %NULL for all
 */
void
ch_idea_query_set_tag (ChIdeaQuery *self,
                       const char  *tag)
{
  g_return_if_fail (CH_IS_IDEA_QUERY (self));

  set_id (self, &self->tag, tag, properties[PROP_TAG]);
}

/**
 * ch_idea_query_has_text:
 *
 * Returns: whether there are words to look for; spaces are none
 */
gboolean
ch_idea_query_has_text (ChIdeaQuery *self)
{
  g_return_val_if_fail (CH_IS_IDEA_QUERY (self), FALSE);

  return self->words[0] != NULL;
}

/**
 * ch_idea_query_has_filters:
 *
 * Returns: whether a filter is set: with neither filters nor text, the
 *   query matches every idea
 */
gboolean
ch_idea_query_has_filters (ChIdeaQuery *self)
{
  g_return_val_if_fail (CH_IS_IDEA_QUERY (self), FALSE);

  return self->statuses != 0 || self->session_id != NULL || self->cluster_id != NULL ||
         self->persona_id != NULL || self->participant_id != NULL || self->tag != NULL;
}

/**
 * ch_idea_query_clear_filters:
 *
 * Unsets every filter, leaving the text: emits ChIdeaQuery::changed once.
 */
void
ch_idea_query_clear_filters (ChIdeaQuery *self)
{
  g_return_if_fail (CH_IS_IDEA_QUERY (self));

  if (!ch_idea_query_has_filters (self))
    return;

  g_object_freeze_notify (G_OBJECT (self));

  if (self->statuses != 0)
    {
      self->statuses = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUSES]);
    }

#define CLEAR_ID(field, prop) \
  if (self->field != NULL) \
    { \
      self->field = NULL; \
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop]); \
    }

  CLEAR_ID (session_id, PROP_SESSION_ID)
  CLEAR_ID (cluster_id, PROP_CLUSTER_ID)
  CLEAR_ID (persona_id, PROP_PERSONA_ID)
  CLEAR_ID (participant_id, PROP_PARTICIPANT_ID)
  CLEAR_ID (tag, PROP_TAG)

#undef CLEAR_ID

  emit_changed (self, CH_IDEA_QUERY_CHANGE_LESS_STRICT);

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * ch_idea_query_match:
 * @idea: an idea of the query's project
 *
 * Whether @idea passes every filter and contains every word of the
 * text, in its title, description or tags or in the name of a persona it
 * serves or of a participant who contributed it. Makes the idea's search
 * key if it is not made yet (ch_idea_make_search_keys_async()); from
 * then on, a change of what the words look at drops it, which tells the
 * query that the idea may match otherwise.
 */
gboolean
ch_idea_query_match (ChIdeaQuery *self,
                     ChIdea      *idea)
{
  const char *key;

  g_return_val_if_fail (CH_IS_IDEA_QUERY (self), FALSE);
  g_return_val_if_fail (CH_IS_IDEA (idea), FALSE);

  /* Asked for even when there are no words: the key gone after a step
   * says that the idea's tags or people changed (project_ideas_changed_cb()). */
  key = ch_idea_get_search_key (idea);

  /* The filters first: comparing a number or a pointer is cheaper than
   * looking for words. */
  if (self->statuses != 0 &&
      (self->statuses & CH_IDEA_QUERY_STATUS (ch_idea_get_status (idea))) == 0)
    return FALSE;

  if (self->session_id != NULL && !match_id (self->session_id, ch_idea_get_session_id (idea)))
    return FALSE;

  if (self->cluster_id != NULL && !match_id (self->cluster_id, ch_idea_get_cluster_id (idea)))
    return FALSE;

  if (self->persona_id != NULL)
    {
      const char * const *personas = ch_idea_get_personas (idea);

      if (*self->persona_id == '\0' ? personas != NULL && personas[0] != NULL
                                    : !may_have_person (idea, self->persona_hash) ||
                                      !strv_contains ((char **)personas, self->persona_id))
        return FALSE;
    }

  if (self->participant_id != NULL)
    {
      GPtrArray *contributors = ch_idea_get_contributors (idea);

      if (*self->participant_id == '\0' ? contributors != NULL && contributors->len > 0
                                        : !may_have_person (idea, self->participant_hash) ||
                                          !has_contributor (contributors, self->participant_id))
        return FALSE;
    }

  if (self->tag != NULL)
    {
      const char * const *tags = ch_idea_get_tags (idea);

      if (*self->tag == '\0' ? tags != NULL && tags[0] != NULL
                             : !strv_contains ((char **)tags, self->tag))
        return FALSE;
    }

  if (self->words[0] == NULL)
    return TRUE;

  for (guint i = 0; self->words[i] != NULL; i++)
    {
      if (strstr (key, self->words[i]) != NULL)
        continue;

      if (self->word_names != NULL && has_name (&self->word_names[i], idea))
        continue;

      return FALSE;
    }

  return TRUE;
}

static int
compare_tags (gconstpointer a,
              gconstpointer b)
{
  return g_utf8_collate (*(const char **)a, *(const char **)b);
}

/**
 * ch_idea_query_list_tags:
 * @ideas: a list of ideas
 *
 * Returns: (transfer full): the tags of @ideas, each once, in the
 *   order of the user's language: what ch_idea_query_set_tag() can choose
 */
char **
ch_idea_query_list_tags (GListModel *ideas)
{
  g_autoptr(GHashTable) tags = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_items;
  char **list;

  g_return_val_if_fail (G_IS_LIST_MODEL (ideas), NULL);

  n_items = g_list_model_get_n_items (ideas);
  for (guint i = 0; i < n_items; i++)
    {
      ChIdea *idea = g_list_model_get_item (ideas, i);
      const char * const *idea_tags = ch_idea_get_tags (idea);

      /* The table borrows the tags of the ideas it keeps. */
      if (idea_tags == NULL || idea_tags[0] == NULL)
        {
          g_object_unref (idea);
          continue;
        }

      g_ptr_array_add (kept, idea);
      for (guint j = 0; idea_tags[j] != NULL; j++)
        g_hash_table_add (tags, (gpointer) idea_tags[j]);
    }

  list = (char **)g_hash_table_get_keys_as_array (tags, NULL);
  qsort (list, g_hash_table_size (tags), sizeof (char *), compare_tags);
  for (guint i = 0; list[i] != NULL; i++)
    list[i] = g_strdup (list[i]);

  return list;
}
