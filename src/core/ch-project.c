/* ch-project.c
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ChProject is the one write path of a project: every change is written
 * to the store in one transaction first, then applied to the objects
 * (whose notifications drive the views), then recorded on the undo stack.
 *
 * A change is kept as copies of an entity before and after it; undoing
 * and redoing both just bring the live entity to one of those copies.
 * The workshop's own title and description are kept the same way, as
 * texts before and after.
 *
 * An anonymous session keeps no contributor: every write of an idea
 * whose session is anonymous drops its contributors, here in the one
 * write path, whichever view or import made it.
 *
 * The operations of affinity mapping, voting and review live in
 * ch-project-board.c and ch-project-review.c: they put their steps
 * together with a ChProjectEdit (see ch-project-private.h), and this file
 * writes, applies and records them as every other step. Once a step is
 * applied, the board (ch-board.c), when one was asked for, moves the
 * ideas that changed cluster or position.
 */

#define G_LOG_DOMAIN "ch-project"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gobject/gvaluecollector.h>

#include "ch-project-private.h"
#include "ch-store.h"

/* Edits of the same field of the same entity closer together than this
 * are one step on the undo stack (typing a title is one change). */
#define COALESCE_USEC (3 * G_USEC_PER_SEC)

/* How much of a title or a name an undo label shows, in characters. */
#define LABEL_NAME_MAX 40

typedef enum
{
  KIND_SESSION,
  KIND_PERSONA,
  KIND_PARTICIPANT,
  KIND_CLUSTER,
  KIND_IDEA,
  N_KINDS
} Kind;

typedef struct
{
  /* Copies of the entity before and after; NULL before an insert and
   * after a delete. */
  ChEntity   *before;
  ChEntity   *after;
  /* Or a change of the voting round, from one state to the other. */
  gboolean    voting;
  ChStoreVoting voting_before;
  ChStoreVoting voting_after;
  /* Or an idea moved on the board, and nothing else of it changed: its
   * id (owned), its cluster (interned) and position before and after,
   * and when it was last moved. The copies of whole ideas would cost
   * more than the move: a move renumbers many cards. */
  char       *place_id;
  const char *cluster_before;
  const char *cluster_after;
  int         position_before;
  int         position_after;
  gint64      placed;
  /* Or a change of the workshop's title or description (the pspec of
   * ChProject's property), from one text to the other. */
  GParamSpec *field;
  char       *text_before;
  char       *text_after;
  /* Where the entity was in its list, for putting it back. */
  guint       position;
  /* For coalescing edits: the one property changed, and when. */
  const char *property;
  gint64      time;
  /* An import's change: undo and redo bring back the times as they were
   * (the file's, the project's), so that a later merge of the same file
   * compares the real ones. */
  gboolean    keep_times;
} Change;

/* One step on the undo stack: the changes of one user action. */
typedef struct
{
  GPtrArray  *changes;
  /* What the step did, when its changes do not say it (an import). */
  char       *label;
} Step;

struct _ChProject
{
  GObject          parent_instance;

  ChStore         *store;
  char            *path;
  ChStoreWorkshop  workshop;

  GListStore      *lists[N_KINDS];
  GHashTable      *by_id[N_KINDS];

  /* Imports and exports under way, which no change may disturb; a close
   * asked for meanwhile waits for them. */
  guint            holds;
  gboolean         close_when_released;

  /* The voting round. */
  ChStoreVoting    voting;
  /* The ideas by cluster, once asked for (see ch-board.c). */
  ChBoard         *board;
  /* Participant id → the dots they have put on all ideas, made when
   * asked for, dropped when a step changes ideas. */
  GHashTable      *dots_used;

  /* Of Step. */
  GPtrArray       *undo_stack;
  GPtrArray       *redo_stack;
  /* What undo and redo would do, in words (see describe_step()). */
  char            *undo_label;
  char            *redo_label;
};

G_DEFINE_FINAL_TYPE (ChProject, ch_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_ID,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_VOTING_STATE,
  PROP_VOTE_BUDGET,
  PROP_VOTE_LIMIT,
  PROP_VOTE_NO_OWN_IDEAS,
  N_PROPS
};

enum {
  VOTES_CHANGED,
  IDEAS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

struct _ChProjectEdit
{
  ChProject  *project;
  /* Live entity → the copy the step brings it to. */
  GHashTable *afters;
  /* Live entities in the order they were first changed. */
  GPtrArray  *changed;
  /* The copies whose values changed (their setters notified). */
  GHashTable *touched;
  /* Live idea → its Place on the board after the step, and the ideas
   * in the order they were first placed. */
  GHashTable *places;
  GPtrArray  *placed;
  /* New entities, to go at the end of their lists. */
  GPtrArray  *added;
  /* Live entities to delete, and the same as a set. */
  GPtrArray  *removed;
  GHashTable *removing;
  gboolean    voting_changed;
  ChStoreVoting voting;
};

/* Where an idea goes on the board. */
typedef struct
{
  const char *cluster_id;
  int         position;
} Place;

G_DEFINE_QUARK (ch-project-error-quark, ch_project_error)

static void register_open   (ChProject *self);
static void unregister_open (ChProject *self);

G_LOCK_DEFINE_STATIC (open_projects);
static GHashTable *open_projects;

static Kind
kind_of (GType type)
{
  if (type == CH_TYPE_SESSION)
    return KIND_SESSION;
  if (type == CH_TYPE_PERSONA)
    return KIND_PERSONA;
  if (type == CH_TYPE_PARTICIPANT)
    return KIND_PARTICIPANT;
  if (type == CH_TYPE_CLUSTER)
    return KIND_CLUSTER;
  if (type == CH_TYPE_IDEA)
    return KIND_IDEA;

  g_return_val_if_reached (KIND_IDEA);
}

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static void
unref_if_any (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
change_free (Change *change)
{
  g_clear_object (&change->before);
  g_clear_object (&change->after);
  g_free (change->place_id);
  g_free (change->text_before);
  g_free (change->text_after);
  g_free (change);
}

/* The changes of a step, in the order they are done. */
static GPtrArray *
changes_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify)change_free);
}

static Step *
step_new (GPtrArray  *changes,
          const char *label)
{
  Step *step = g_new0 (Step, 1);

  step->changes = changes;
  step->label = g_strdup (label);

  return step;
}

static void
step_free (Step *step)
{
  g_ptr_array_unref (step->changes);
  g_free (step->label);
  g_free (step);
}

static Step *
last_step (GPtrArray *stack)
{
  return stack->len > 0 ? g_ptr_array_index (stack, stack->len - 1) : NULL;
}

static Change *
change_new (ChEntity *before,
            ChEntity *after)
{
  Change *change = g_new0 (Change, 1);

  change->before = before;
  change->after = after;
  change->time = g_get_monotonic_time ();

  return change;
}

static void
set_closed_error (ChProject  *self,
                  GError    **error)
{
  g_autofree char *name = g_filename_display_basename (self->path);

  g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_FAILED,
               _("“%s” is closed; the change was not saved."), name);
}

/* Whether the project takes changes now: not once closed, nor while an
 * import or an export holds it (a worker thread uses its store). */
static gboolean
check_writable (ChProject  *self,
                GError    **error)
{
  g_autofree char *name = NULL;

  if (self->store == NULL)
    {
      set_closed_error (self, error);
      return FALSE;
    }

  if (self->holds > 0)
    {
      name = g_filename_display_basename (self->path);
      g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_BUSY,
                   _("“%s” is busy with an import or an export; the change was not saved. "
                     "Try again when it is done."),
                   name);
      return FALSE;
    }

  return TRUE;
}

/* An entity as a label names it: its title or name on one line, cut
 * short when it is long. */
static char *
dup_label_name (ChEntity *entity)
{
  const char *property = g_object_class_find_property (G_OBJECT_GET_CLASS (entity), "title")
                         ? "title" : "name";
  g_autofree char *text = NULL;
  GString *name = g_string_new (NULL);
  gboolean space = FALSE;

  g_object_get (entity, property, &text, NULL);

  for (const char *p = text ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = name->len > 0;
          continue;
        }

      if (space)
        g_string_append_c (name, ' ');
      space = FALSE;
      g_string_append_unichar (name, c);
    }

  if (g_utf8_strlen (name->str, -1) > LABEL_NAME_MAX)
    {
      const char *end = g_utf8_offset_to_pointer (name->str, LABEL_NAME_MAX - 1);

      g_string_truncate (name, end - name->str);
      while (name->len > 0 && name->str[name->len - 1] == ' ')
        g_string_truncate (name, name->len - 1);
      g_string_append (name, "…");
    }

  return g_string_free (name, FALSE);
}

char *
ch_project_dup_label_name (ChEntity *entity)
{
  return dup_label_name (entity);
}

/* "Add 3 ideas", "Delete 2 items": @kind is N_KINDS for several kinds. */
static char *
describe_count (gboolean removing,
                Kind     kind,
                guint    n)
{
  switch (kind)
    {
    case KIND_SESSION:
      return g_strdup_printf (removing
                              ? g_dngettext (GETTEXT_PACKAGE, "Delete %u session",
                                             "Delete %u sessions", n)
                              : g_dngettext (GETTEXT_PACKAGE, "Add %u session",
                                             "Add %u sessions", n),
                              n);

    case KIND_PERSONA:
      return g_strdup_printf (removing
                              ? g_dngettext (GETTEXT_PACKAGE, "Delete %u persona",
                                             "Delete %u personas", n)
                              : g_dngettext (GETTEXT_PACKAGE, "Add %u persona",
                                             "Add %u personas", n),
                              n);

    case KIND_PARTICIPANT:
      return g_strdup_printf (removing
                              ? g_dngettext (GETTEXT_PACKAGE, "Delete %u participant",
                                             "Delete %u participants", n)
                              : g_dngettext (GETTEXT_PACKAGE, "Add %u participant",
                                             "Add %u participants", n),
                              n);

    case KIND_CLUSTER:
      return g_strdup_printf (removing
                              ? g_dngettext (GETTEXT_PACKAGE, "Delete %u cluster",
                                             "Delete %u clusters", n)
                              : g_dngettext (GETTEXT_PACKAGE, "Add %u cluster",
                                             "Add %u clusters", n),
                              n);

    case KIND_IDEA:
      return g_strdup_printf (removing
                              ? g_dngettext (GETTEXT_PACKAGE, "Delete %u idea",
                                             "Delete %u ideas", n)
                              : g_dngettext (GETTEXT_PACKAGE, "Add %u idea",
                                             "Add %u ideas", n),
                              n);

    case N_KINDS:
    default:
      if (removing)
        /* Translators: undoing or redoing the deletion of several kinds
         * of things at once (ideas, personas, sessions…) */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Delete %u item",
                                             "Delete %u items", n), n);
      /* Translators: undoing or redoing the addition of several kinds of
       * things at once (ideas, personas, sessions…) */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Add %u item", "Add %u items", n), n);
    }
}

/* What a step does, in a few words: "Add “Pay by invoice”", "Delete 3
 * ideas", "Edit “Morning”". Entities removed name a step that also
 * clears references to them; otherwise those added; otherwise the first
 * entity changed. */
static char *
describe_step (Step *step)
{
  g_autofree char *name = NULL;
  ChEntity *named = NULL;
  Change *first;
  guint n_added = 0;
  guint n_removed = 0;
  Kind kind = N_KINDS;
  gboolean one_kind = TRUE;
  gboolean removing;

  if (step->label != NULL)
    return g_strdup (step->label);

  g_assert (step->changes->len > 0);
  first = g_ptr_array_index (step->changes, 0);

  if (first->field == properties[PROP_TITLE])
    return g_strdup (_("Edit project title"));
  if (first->field == properties[PROP_DESCRIPTION])
    return g_strdup (_("Edit project description"));

  /* Only the changes of whole entities name a step. */
  first = NULL;
  for (guint i = 0; i < step->changes->len; i++)
    {
      Change *change = g_ptr_array_index (step->changes, i);

      if (change->before == NULL && change->after == NULL)
        continue;

      if (first == NULL)
        first = change;
      if (change->before == NULL)
        n_added++;
      else if (change->after == NULL)
        n_removed++;
    }

  if (first == NULL)
    /* Translators: undoing or redoing an edit of something without a name */
    return g_strdup (_("Edit"));

  if (n_added == 0 && n_removed == 0)
    {
      name = dup_label_name (first->after);
      if (*name == '\0')
        /* Translators: undoing or redoing an edit of something without a name */
        return g_strdup (_("Edit"));
      /* Translators: undoing or redoing an edit; %s is the name or the
       * title of what was changed */
      return g_strdup_printf (_("Edit “%s”"), name);
    }

  removing = n_removed > 0;
  for (guint i = 0; i < step->changes->len; i++)
    {
      Change *change = g_ptr_array_index (step->changes, i);
      ChEntity *entity = removing ? change->before : change->after;
      Kind entity_kind;

      if ((removing && change->after != NULL) || (!removing && change->before != NULL) ||
          (change->before == NULL && change->after == NULL))
        continue;

      entity_kind = kind_of (G_OBJECT_TYPE (entity));
      if (named == NULL)
        {
          named = entity;
          kind = entity_kind;
        }
      else if (entity_kind != kind)
        one_kind = FALSE;
    }

  if ((removing ? n_removed : n_added) == 1 && *(name = dup_label_name (named)) != '\0')
    {
      if (removing)
        /* Translators: undoing or redoing; %s is the name or the title
         * of what was deleted */
        return g_strdup_printf (_("Delete “%s”"), name);
      else
        /* Translators: undoing or redoing; %s is the name or the title
         * of what was added */
        return g_strdup_printf (_("Add “%s”"), name);
    }

  return describe_count (removing, one_kind ? kind : N_KINDS, removing ? n_removed : n_added);
}

static void
set_label (ChProject   *self,
           char       **field,
           char        *label,
           GParamSpec  *pspec)
{
  if (g_strcmp0 (*field, label) == 0)
    {
      g_free (label);
      return;
    }

  g_free (*field);
  *field = label;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
update_labels (ChProject *self)
{
  Step *undo = last_step (self->undo_stack);
  Step *redo = last_step (self->redo_stack);

  set_label (self, &self->undo_label, undo ? describe_step (undo) : NULL,
             properties[PROP_UNDO_LABEL]);
  set_label (self, &self->redo_label, redo ? describe_step (redo) : NULL,
             properties[PROP_REDO_LABEL]);
}

static void
notify_history (ChProject *self,
                gboolean   could_undo,
                gboolean   could_redo)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (could_undo != ch_project_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != ch_project_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  update_labels (self);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
set_workshop_text (ChProject   *self,
                   char       **field,
                   const char  *value,
                   GParamSpec  *pspec)
{
  if (g_strcmp0 (*field, value) != 0)
    {
      g_free (*field);
      *field = g_strdup (value);
      g_object_notify_by_pspec (G_OBJECT (self), pspec);
    }
}

/* The workshop's text that @pspec (title or description) is. */
static char **
get_workshop_field (ChProject  *self,
                    GParamSpec *pspec)
{
  if (pspec == properties[PROP_TITLE])
    return &self->workshop.title;

  g_assert (pspec == properties[PROP_DESCRIPTION]);

  return &self->workshop.description;
}

static void
set_workshop_modified (ChProject *self,
                       gint64     now)
{
  if (self->workshop.modified != now)
    {
      self->workshop.modified = now;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
}

/* Brings the live entity (if any) to @target's state: inserts a copy,
 * updates every property, or removes it when @target is NULL. */
static void
apply_to_objects (ChProject *self,
                  Change    *change,
                  ChEntity  *target,
                  ChEntity  *inserted)
{
  ChEntity *reference = target ? target : (change->before ? change->before : change->after);
  Kind kind = kind_of (G_OBJECT_TYPE (reference));
  const char *id = ch_entity_get_id (reference);
  ChEntity *live = g_hash_table_lookup (self->by_id[kind], id);

  if (target == NULL)
    {
      guint position;

      g_return_if_fail (live != NULL);

      if (g_list_store_find (self->lists[kind], live, &position))
        {
          change->position = position;
          g_hash_table_remove (self->by_id[kind], id);
          g_list_store_remove (self->lists[kind], position);
        }
    }
  else if (live == NULL)
    {
      g_autoptr(ChEntity) entity = inserted ? g_object_ref (inserted) : ch_entity_copy (target);
      guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->lists[kind]));

      g_hash_table_insert (self->by_id[kind], (gpointer)ch_entity_get_id (entity), entity);
      g_list_store_insert (self->lists[kind], MIN (change->position, n_items), entity);
    }
  else
    {
      g_autofree GParamSpec **pspecs = NULL;
      guint n_pspecs;

      pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (target), &n_pspecs);

      g_object_freeze_notify (G_OBJECT (live));
      for (guint i = 0; i < n_pspecs; i++)
        {
          g_auto(GValue) value = G_VALUE_INIT;

          if ((pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
              (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
            continue;

          g_value_init (&value, pspecs[i]->value_type);
          g_object_get_property (G_OBJECT (target), pspecs[i]->name, &value);
          g_object_set_property (G_OBJECT (live), pspecs[i]->name, &value);
        }
      g_object_thaw_notify (G_OBJECT (live));
    }
}

/* New entities that go at the end of their list are added in one splice
 * per list (one items-changed), which matters for thousands of them. */
static gboolean
append_if_new (ChProject  *self,
               Change     *change,
               ChEntity   *target,
               ChEntity   *inserted,
               GPtrArray **appends)
{
  Kind kind;
  guint n_items;

  if (target == NULL)
    return FALSE;

  kind = kind_of (G_OBJECT_TYPE (target));
  if (g_hash_table_contains (self->by_id[kind], ch_entity_get_id (target)))
    return FALSE;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->lists[kind]));
  if (change->position < n_items + (appends[kind] ? appends[kind]->len : 0))
    return FALSE;

  if (appends[kind] == NULL)
    appends[kind] = g_ptr_array_new_with_free_func (g_object_unref);

  if (inserted != NULL)
    ch_entity_set_modified (inserted, ch_entity_get_modified (target));

  g_ptr_array_add (appends[kind], inserted ? g_object_ref (inserted) : ch_entity_copy (target));

  return TRUE;
}

static void
flush_appends (ChProject  *self,
               GPtrArray **appends)
{
  for (guint kind = 0; kind < N_KINDS; kind++)
    {
      GPtrArray *entities = appends[kind];
      guint n_items;

      if (entities == NULL)
        continue;

      for (guint i = 0; i < entities->len; i++)
        {
          ChEntity *entity = g_ptr_array_index (entities, i);

          g_hash_table_insert (self->by_id[kind], (gpointer)ch_entity_get_id (entity), entity);
        }

      n_items = g_list_model_get_n_items (G_LIST_MODEL (self->lists[kind]));
      g_list_store_splice (self->lists[kind], n_items, 0, entities->pdata, entities->len);
      g_clear_pointer (&appends[kind], g_ptr_array_unref);
    }
}

static void
set_voting (ChProject           *self,
            const ChStoreVoting *voting)
{
  ChStoreVoting old = self->voting;

  self->voting = *voting;

  g_object_freeze_notify (G_OBJECT (self));
  if (old.state != voting->state)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTING_STATE]);
  if (old.budget != voting->budget)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTE_BUDGET]);
  if (old.max_per_idea != voting->max_per_idea)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTE_LIMIT]);
  if (old.no_own_ideas != voting->no_own_ideas)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTE_NO_OWN_IDEAS]);
  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
voting_equal (const ChStoreVoting *a,
              const ChStoreVoting *b)
{
  return a->state == b->state && a->budget == b->budget &&
         a->max_per_idea == b->max_per_idea && !a->no_own_ideas == !b->no_own_ideas;
}

static gboolean
votes_differ (ChIdea *a,
              ChIdea *b)
{
  GPtrArray *va = a ? ch_idea_get_votes (a) : NULL;
  GPtrArray *vb = b ? ch_idea_get_votes (b) : NULL;
  guint len_a = va ? va->len : 0;
  guint len_b = vb ? vb->len : 0;

  if (len_a != len_b)
    return TRUE;

  for (guint i = 0; i < len_a; i++)
    {
      const ChVote *x = g_ptr_array_index (va, i);
      const ChVote *y = g_ptr_array_index (vb, i);

      if (x->dots != y->dots || g_strcmp0 (x->participant_id, y->participant_id) != 0)
        return TRUE;
    }

  return FALSE;
}

/* Whether a change moves an idea on the board: it comes, goes, or changes
 * cluster or position. */
static gboolean
moves_on_board (Change *change)
{
  ChIdea *before = CH_IDEA (change->before);
  ChIdea *after = CH_IDEA (change->after);

  return before == NULL || after == NULL ||
         ch_idea_get_position (before) != ch_idea_get_position (after) ||
         ch_idea_get_cluster_id (before) != ch_idea_get_cluster_id (after);
}

/* After a step's objects changed: the board, the dots, the round. */
static void
follow_ideas (ChProject *self,
              GPtrArray *changes)
{
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GPtrArray) ideas = NULL;
  g_autoptr(GPtrArray) changed = g_ptr_array_new ();
  gboolean votes_changed = FALSE;

  if (self->board != NULL)
    {
      ids = g_ptr_array_new ();
      ideas = g_ptr_array_new ();
    }

  for (guint i = 0; i < changes->len; i++)
    {
      Change *change = g_ptr_array_index (changes, i);
      ChEntity *entity = change->before ? change->before : change->after;
      const char *id;

      if (change->voting)
        {
          votes_changed = TRUE;
          continue;
        }

      if (change->place_id != NULL)
        {
          ChIdea *placed = g_hash_table_lookup (self->by_id[KIND_IDEA], change->place_id);

          if (placed != NULL)
            g_ptr_array_add (changed, placed);
          if (ids != NULL)
            {
              g_ptr_array_add (ids, change->place_id);
              g_ptr_array_add (ideas, g_hash_table_lookup (self->by_id[KIND_IDEA],
                                                           change->place_id));
            }
          continue;
        }

      if (entity == NULL || !CH_IS_IDEA (entity))
        continue;

      if (change->before != NULL && change->after != NULL)
        {
          ChIdea *live = g_hash_table_lookup (self->by_id[KIND_IDEA], ch_entity_get_id (entity));

          if (live != NULL)
            g_ptr_array_add (changed, live);
        }

      if (votes_differ (CH_IDEA (change->before), CH_IDEA (change->after)))
        votes_changed = TRUE;

      /* Cluster ids are interned by ChIdea: compared as pointers. */
      if (ids != NULL && moves_on_board (change))
        {
          id = ch_entity_get_id (entity);
          g_ptr_array_add (ids, (gpointer)id);
          g_ptr_array_add (ideas, g_hash_table_lookup (self->by_id[KIND_IDEA], id));
        }
    }

  if (votes_changed)
    g_clear_pointer (&self->dots_used, g_hash_table_unref);

  if (ids != NULL && ids->len > 0)
    ch_board_update (self->board, (const char **)ids->pdata, (ChIdea **)ideas->pdata, ids->len);

  /* A step may change an idea twice (placed, then edited): once each. */
  if (changed->len > 1)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      guint n = 0;

      for (guint i = 0; i < changed->len; i++)
        if (g_hash_table_add (seen, changed->pdata[i]))
          changed->pdata[n++] = changed->pdata[i];
      g_ptr_array_set_size (changed, n);
    }

  if (changed->len > 0)
    g_signal_emit (self, signals[IDEAS_CHANGED], 0, changed);

  if (votes_changed)
    g_signal_emit (self, signals[VOTES_CHANGED], 0);
}

/* Brings the objects to the states of @targets (in the order of
 * application) once the store has them. */
static void
apply_objects (ChProject  *self,
               GPtrArray  *changes,
               gboolean    forward,
               GPtrArray  *targets,
               ChEntity  **inserted)
{
  GPtrArray *appends[N_KINDS] = { NULL };

  for (guint i = 0; i < changes->len; i++)
    {
      guint index = forward ? i : changes->len - 1 - i;
      Change *change = g_ptr_array_index (changes, index);
      ChEntity *target = g_ptr_array_index (targets, i);

      if (change->field != NULL)
        {
          set_workshop_text (self, get_workshop_field (self, change->field),
                             forward ? change->text_after : change->text_before, change->field);
          continue;
        }

      if (change->voting)
        {
          set_voting (self, forward ? &change->voting_after : &change->voting_before);
          continue;
        }

      if (change->place_id != NULL)
        {
          ChEntity *live = g_hash_table_lookup (self->by_id[KIND_IDEA], change->place_id);

          /* The store had the idea (ch_store_place_idea() checks). */
          g_warn_if_fail (live != NULL);
          if (live == NULL)
            continue;

          g_object_freeze_notify (G_OBJECT (live));
          g_object_set (live,
                        "cluster-id", forward ? change->cluster_after : change->cluster_before,
                        "position", forward ? change->position_after : change->position_before,
                        NULL);
          ch_entity_set_modified (live, change->placed);
          g_object_thaw_notify (G_OBJECT (live));
          continue;
        }

      if (append_if_new (self, change, target, inserted ? inserted[index] : NULL, appends))
        continue;

      flush_appends (self, appends);
      apply_to_objects (self, change, target, inserted ? inserted[index] : NULL);
    }
  flush_appends (self, appends);

  follow_ideas (self, changes);
}

/* Writes the workshop's title or description as @change brings it. */
static gboolean
save_workshop_field (ChProject  *self,
                     Change     *change,
                     gboolean    forward,
                     gint64      now,
                     GError    **error)
{
  ChStoreWorkshop workshop = self->workshop;
  char *text = forward ? change->text_after : change->text_before;

  if (change->field == properties[PROP_TITLE])
    workshop.title = text;
  else
    workshop.description = text;
  workshop.modified = now;

  return ch_store_save_workshop (self->store, &workshop, error);
}

/* Applies the changes of a step in one direction: writes the store in
 * one transaction, then, only if that succeeded, the objects. */
static gboolean
apply_step (ChProject  *self,
            GPtrArray  *changes,
            gboolean    forward,
            ChEntity  **inserted,
            GError    **error)
{
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (unref_if_any);
  gint64 now = now_seconds ();

  if (!check_writable (self, error))
    return FALSE;

  if (!ch_store_begin (self->store, error))
    return FALSE;

  for (guint i = 0; i < changes->len; i++)
    {
      Change *change = g_ptr_array_index (changes, forward ? i : changes->len - 1 - i);
      ChEntity *state = forward ? change->after : change->before;
      gboolean ok;

      if (change->field != NULL)
        {
          g_ptr_array_add (targets, NULL);
          ok = save_workshop_field (self, change, forward, now, error);
        }
      else if (change->voting)
        {
          g_ptr_array_add (targets, NULL);
          ok = ch_store_save_voting (self->store,
                                     forward ? &change->voting_after : &change->voting_before,
                                     now, error);
        }
      else if (change->place_id != NULL)
        {
          g_ptr_array_add (targets, NULL);
          change->placed = now;
          ok = ch_store_place_idea (self->store, change->place_id,
                                    forward ? change->cluster_after : change->cluster_before,
                                    forward ? change->position_after : change->position_before,
                                    now, error);
        }
      else if (state != NULL)
        {
          /* The entity changes now, whichever way: it gets a new time.
           * The step's own copy is the target: the objects take its
           * values, never the copy itself. */
          if (!change->keep_times)
            ch_entity_set_modified (state, now);
          g_ptr_array_add (targets, g_object_ref (state));
          ok = ch_store_write (self->store, state, error);
        }
      else
        {
          g_ptr_array_add (targets, NULL);
          ok = ch_store_erase (self->store, forward ? change->before : change->after, error);
        }

      if (!ok)
        {
          ch_store_rollback (self->store);
          return FALSE;
        }
    }

  if (!ch_store_touch (self->store, now, error) ||
      !ch_store_commit (self->store, error))
    {
      ch_store_rollback (self->store);
      return FALSE;
    }

  apply_objects (self, changes, forward, targets, inserted);
  set_workshop_modified (self, now);

  return TRUE;
}

/* Does the changes of a new step and puts it on the undo stack; @label
 * names it when its changes do not say it well (see describe_step()). */
static gboolean
do_labelled_step (ChProject   *self,
                  GPtrArray   *changes,
                  ChEntity   **inserted,
                  const char  *label,
                  GError     **error)
{
  gboolean could_undo = ch_project_get_can_undo (self);
  gboolean could_redo = ch_project_get_can_redo (self);

  if (!apply_step (self, changes, TRUE, inserted, error))
    {
      g_ptr_array_unref (changes);
      return FALSE;
    }

  g_ptr_array_add (self->undo_stack, step_new (changes, label));
  g_ptr_array_set_size (self->redo_stack, 0);
  notify_history (self, could_undo, could_redo);

  return TRUE;
}

static gboolean
do_step (ChProject  *self,
         GPtrArray  *changes,
         ChEntity  **inserted,
         GError    **error)
{
  return do_labelled_step (self, changes, inserted, NULL, error);
}

/* Typing into a field is one step: the change of one field that the last
 * step made alone, of the same entity (or of the workshop), moments ago,
 * with nothing undone since. */
static Change *
find_typed_change (ChProject *self,
                   Change    *change)
{
  Step *last = last_step (self->undo_stack);
  Change *previous;

  if (change->property == NULL || last == NULL || last->label != NULL ||
      last->changes->len != 1 || self->redo_stack->len > 0)
    return NULL;

  previous = g_ptr_array_index (last->changes, 0);
  if (previous->property != change->property || previous->field != change->field ||
      change->time - previous->time >= COALESCE_USEC)
    return NULL;

  if (change->field == NULL &&
      (previous->before == NULL || previous->after == NULL ||
       g_strcmp0 (ch_entity_get_id (previous->after), ch_entity_get_id (change->after)) != 0))
    return NULL;

  return previous;
}

/* Does an edit: a new step, or the last one taken to the new value when
 * the edit continues it (see find_typed_change()). */
static gboolean
do_edit (ChProject  *self,
         GPtrArray  *changes,
         GError    **error)
{
  Change *change = changes->len == 1 ? g_ptr_array_index (changes, 0) : NULL;
  Change *previous = change != NULL ? find_typed_change (self, change) : NULL;

  if (previous == NULL)
    return do_step (self, changes, NULL, error);

  if (!apply_step (self, changes, TRUE, NULL, error))
    {
      g_ptr_array_unref (changes);
      return FALSE;
    }

  if (change->field != NULL)
    {
      g_free (previous->text_after);
      previous->text_after = g_steal_pointer (&change->text_after);
    }
  else
    g_set_object (&previous->after, change->after);
  previous->time = change->time;
  g_ptr_array_unref (changes);
  update_labels (self);

  return TRUE;
}

static gboolean
strv_contains (const char * const *strv,
               const char         *value)
{
  return strv != NULL && g_strv_contains (strv, value);
}

static char **
strv_without (const char * const *strv,
              const char         *value)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char **result;

  for (guint i = 0; strv && strv[i]; i++)
    if (g_strcmp0 (strv[i], value) != 0)
      g_strv_builder_add (builder, strv[i]);

  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return result;
}

static GPtrArray *
people_without (GPtrArray  *items,
                const char *participant_id,
                gboolean    contributors)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (contributors ?
                                                      (GDestroyNotify)ch_contributor_free :
                                                      (GDestroyNotify)ch_vote_free);

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      if (contributors)
        {
          const ChContributor *c = g_ptr_array_index (items, i);

          if (g_strcmp0 (c->participant_id, participant_id) != 0)
            g_ptr_array_add (result, ch_contributor_copy (c));
        }
      else
        {
          const ChVote *v = g_ptr_array_index (items, i);

          if (g_strcmp0 (v->participant_id, participant_id) != 0)
            g_ptr_array_add (result, ch_vote_copy (v));
        }
    }

  return result;
}

static gboolean
people_contain (GPtrArray  *items,
                const char *participant_id)
{
  /* ChContributor and ChVote both start with participant_id. */
  for (guint i = 0; items != NULL && i < items->len; i++)
    if (g_strcmp0 (*(char **)g_ptr_array_index (items, i), participant_id) == 0)
      return TRUE;

  return FALSE;
}

/* Clears every reference to @removed from the entities that are not
 * themselves being removed, in @edit. The ideas of a cluster are the
 * board's business (ch_project_close_up()). */
static void
collect_dependents (ChProject     *self,
                    ChEntity      *removed,
                    ChProjectEdit *edit)
{
  const char *id = ch_entity_get_id (removed);
  GListModel *ideas = G_LIST_MODEL (self->lists[KIND_IDEA]);
  guint n_ideas = g_list_model_get_n_items (ideas);

  if (CH_IS_PERSONA (removed))
    {
      GListModel *participants = G_LIST_MODEL (self->lists[KIND_PARTICIPANT]);

      for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
        {
          g_autoptr(ChParticipant) participant = g_list_model_get_item (participants, i);

          if (!ch_project_edit_is_removed (edit, CH_ENTITY (participant)) &&
              g_strcmp0 (ch_participant_get_persona_id (participant), id) == 0)
            g_object_set (ch_project_edit_change (edit, CH_ENTITY (participant)),
                          "persona-id", NULL, NULL);
        }
    }

  for (guint i = 0; i < n_ideas && !CH_IS_IDEA (removed) && !CH_IS_CLUSTER (removed); i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, i);
      ChIdea *after;

      if (ch_project_edit_is_removed (edit, CH_ENTITY (idea)))
        continue;

      if (CH_IS_SESSION (removed) && g_strcmp0 (ch_idea_get_session_id (idea), id) == 0)
        g_object_set (ch_project_edit_change (edit, CH_ENTITY (idea)), "session-id", NULL, NULL);
      else if (CH_IS_PERSONA (removed) && strv_contains (ch_idea_get_personas (idea), id))
        {
          g_auto(GStrv) personas = NULL;

          after = CH_IDEA (ch_project_edit_change (edit, CH_ENTITY (idea)));
          personas = strv_without (ch_idea_get_personas (after), id);
          g_object_set (after, "personas", personas, NULL);
        }
      else if (CH_IS_PARTICIPANT (removed) &&
               (people_contain (ch_idea_get_contributors (idea), id) ||
                people_contain (ch_idea_get_votes (idea), id)))
        {
          g_autoptr(GPtrArray) contributors = NULL;
          g_autoptr(GPtrArray) votes = NULL;

          after = CH_IDEA (ch_project_edit_change (edit, CH_ENTITY (idea)));
          contributors = people_without (ch_idea_get_contributors (after), id, TRUE);
          votes = people_without (ch_idea_get_votes (after), id, FALSE);
          g_object_set (after, "contributors", contributors, "votes", votes, NULL);
        }
    }
}

static gboolean
is_color (const char *text)
{
  if (text == NULL)
    return TRUE;
  if (strlen (text) != 7 || text[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* What a workshop file can hold: every entity the project keeps can be
 * exported and read back. */
static gboolean
check_entity (ChEntity  *entity,
              GError   **error)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (entity), &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      const char *name = pspecs[i]->name;
      GType type = pspecs[i]->value_type;

      if (!(pspecs[i]->flags & G_PARAM_READABLE))
        continue;

      g_value_init (&value, type);
      g_object_get_property (G_OBJECT (entity), name, &value);

      if (type == G_TYPE_STRING)
        {
          const char *text = g_value_get_string (&value);

          if (text != NULL && strlen (text) > CH_WORKSHOP_MAX_TEXT)
            goto too_long;
          if (g_str_equal (name, "color") && !is_color (text))
            {
              g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_FAILED,
                           _("“%s” is not a color like #3584e4."), text);
              return FALSE;
            }
          if (g_str_equal (name, "date") && !ch_workshop_date_is_valid (text))
            {
              g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_FAILED,
                           _("“%s” is not a date like 2026-11-22."), text);
              return FALSE;
            }
        }
      else if (type == G_TYPE_STRV)
        {
          const char * const *texts = g_value_get_boxed (&value);
          guint n = texts ? g_strv_length ((char **)texts) : 0;

          if (n > CH_WORKSHOP_MAX_REPEATED)
            goto too_many;
          for (guint j = 0; j < n; j++)
            if (strlen (texts[j]) > CH_WORKSHOP_MAX_TEXT)
              goto too_long;
        }
      else if (type == G_TYPE_PTR_ARRAY)
        {
          GPtrArray *items = g_value_get_boxed (&value);

          if (items != NULL && items->len > CH_WORKSHOP_MAX_REPEATED)
            goto too_many;
          for (guint j = 0; g_str_equal (name, "contributors") && items && j < items->len; j++)
            {
              const ChContributor *contributor = g_ptr_array_index (items, j);

              if (contributor->informed != NULL &&
                  !ch_workshop_date_is_valid (contributor->informed))
                {
                  g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_FAILED,
                               _("“%s” is not a date like 2026-11-22."), contributor->informed);
                  return FALSE;
                }
            }
        }
    }

  return TRUE;

too_long:
  g_set_error_literal (error, CH_STORE_ERROR, CH_STORE_ERROR_FAILED,
                       _("The text is longer than 1 MiB, more than a workshop file can hold."));
  return FALSE;

too_many:
  g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_FAILED,
               _("The list has more than %d items, more than a workshop file can hold."),
               CH_WORKSHOP_MAX_REPEATED);
  return FALSE;
}

/* Whether another kind of entity has @id already: ids are global. */
static gboolean
id_is_taken (ChProject  *self,
             ChEntity   *entity)
{
  Kind own = kind_of (G_OBJECT_TYPE (entity));

  for (guint kind = 0; kind < N_KINDS; kind++)
    if (kind != own && g_hash_table_contains (self->by_id[kind], ch_entity_get_id (entity)))
      return TRUE;

  return FALSE;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  guint *n_changed = user_data;

  if (pspec->name != g_intern_static_string ("modified"))
    (*n_changed)++;
}

/* Whether @after differs from @entity other than in its time: each of its
 * values is set on a copy of @entity, whose setters compare. */
static gboolean
entity_differs (ChEntity *entity,
                ChEntity *after)
{
  g_autoptr(ChEntity) probe = ch_entity_copy (entity);
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;
  guint n_changed = 0;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (after), &n_pspecs);

  g_signal_connect (probe, "notify", G_CALLBACK (count_notify_cb), &n_changed);
  for (guint i = 0; i < n_pspecs && n_changed == 0; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (after), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (probe), pspecs[i]->name, &value);
    }
  g_signal_handlers_disconnect_by_func (probe, count_notify_cb, &n_changed);

  return n_changed > 0;
}

/* Whether the session @id is anonymous: one of @batch, being added with
 * the idea that names it, or one of the project. */
static gboolean
session_is_anonymous (ChProject   *self,
                      const char  *id,
                      ChEntity   **batch,
                      guint        n_batch)
{
  ChEntity *session = NULL;

  if (id == NULL)
    return FALSE;

  for (guint i = 0; session == NULL && i < n_batch; i++)
    if (CH_IS_SESSION (batch[i]) && g_str_equal (ch_entity_get_id (batch[i]), id))
      session = batch[i];

  if (session == NULL)
    session = g_hash_table_lookup (self->by_id[KIND_SESSION], id);

  return session != NULL && ch_session_get_anonymous (CH_SESSION (session));
}

/* An idea of an anonymous session keeps no contributor: they are dropped
 * from @idea, which is about to be written. Its votes stay. */
static void
drop_anonymous_contributors (ChProject  *self,
                             ChIdea     *idea,
                             ChEntity  **batch,
                             guint       n_batch)
{
  GPtrArray *contributors = ch_idea_get_contributors (idea);

  if (contributors != NULL && contributors->len > 0 &&
      session_is_anonymous (self, ch_idea_get_session_id (idea), batch, n_batch))
    g_object_set (idea, "contributors", NULL, NULL);
}

/* A session made anonymous: the contributors of its ideas go in the same
 * step, so that undo brings them back with it. */
static void
add_anonymous_ideas (ChProject  *self,
                     const char *session_id,
                     GPtrArray  *changes)
{
  GListModel *ideas = G_LIST_MODEL (self->lists[KIND_IDEA]);
  guint n_ideas = g_list_model_get_n_items (ideas);

  for (guint i = 0; i < n_ideas; i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, i);
      GPtrArray *contributors = ch_idea_get_contributors (idea);
      ChEntity *after;

      if (contributors == NULL || contributors->len == 0 ||
          g_strcmp0 (ch_idea_get_session_id (idea), session_id) != 0)
        continue;

      after = ch_entity_copy (CH_ENTITY (idea));
      g_object_set (after, "contributors", NULL, NULL);
      g_ptr_array_add (changes, change_new (ch_entity_copy (CH_ENTITY (idea)), after));
    }
}

static gboolean
set_properties (ChProject     *self,
                ChEntity      *entity,
                guint          n_properties,
                const char   **names,
                const GValue  *values,
                GError       **error)
{
  g_autoptr(ChEntity) after = NULL;
  GPtrArray *changes;
  Change *change;

  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (CH_IS_ENTITY (entity), FALSE);
  g_return_val_if_fail (ch_project_lookup (self, G_OBJECT_TYPE (entity),
                                           ch_entity_get_id (entity)) == entity, FALSE);

  after = ch_entity_copy (entity);

  for (guint i = 0; i < n_properties; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (entity), names[i]);
      g_auto(GValue) value = G_VALUE_INIT;

      if (pspec == NULL || (pspec->flags & G_PARAM_CONSTRUCT_ONLY) ||
          !(pspec->flags & G_PARAM_WRITABLE) ||
          g_strcmp0 (names[i], "modified") == 0)
        {
          g_critical ("%s has no property “%s” that can be changed",
                      G_OBJECT_TYPE_NAME (entity), names[i]);
          return FALSE;
        }

      g_value_init (&value, pspec->value_type);
      if (!g_value_transform (&values[i], &value) || g_param_value_validate (pspec, &value))
        {
          g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_FAILED,
                       _("“%s” is not a possible value here."), names[i]);
          return FALSE;
        }

      g_object_set_property (G_OBJECT (after), names[i], &value);
    }

  if (CH_IS_IDEA (after))
    drop_anonymous_contributors (self, CH_IDEA (after), NULL, 0);

  if (!entity_differs (entity, after))
    return TRUE;

  if (!check_entity (after, error))
    return FALSE;

  changes = changes_new ();
  change = change_new (ch_entity_copy (entity), g_object_ref (after));
  if (n_properties == 1)
    change->property = g_intern_string (names[0]);
  g_ptr_array_add (changes, change);

  if (CH_IS_SESSION (after) &&
      ch_session_get_anonymous (CH_SESSION (after)) &&
      !ch_session_get_anonymous (CH_SESSION (entity)))
    add_anonymous_ideas (self, ch_entity_get_id (entity), changes);

  return do_edit (self, changes, error);
}

static void
ch_project_dispose (GObject *object)
{
  ChProject *self = (ChProject *)object;

  ch_project_close (self);

  G_OBJECT_CLASS (ch_project_parent_class)->dispose (object);
}

static void
ch_project_finalize (GObject *object)
{
  ChProject *self = (ChProject *)object;

  for (guint i = 0; i < N_KINDS; i++)
    {
      g_clear_pointer (&self->by_id[i], g_hash_table_unref);
      g_clear_object (&self->lists[i]);
    }
  g_clear_pointer (&self->board, ch_board_free);
  g_clear_pointer (&self->dots_used, g_hash_table_unref);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->undo_label, g_free);
  g_clear_pointer (&self->redo_label, g_free);
  ch_store_workshop_clear (&self->workshop);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (ch_project_parent_class)->finalize (object);
}

static void
ch_project_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ChProject *self = CH_PROJECT (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_ID:
      g_value_set_string (value, self->workshop.id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->workshop.title);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->workshop.description);
      break;

    case PROP_CREATED:
      g_value_set_int64 (value, self->workshop.created);
      break;

    case PROP_MODIFIED:
      g_value_set_int64 (value, self->workshop.modified);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, ch_project_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, ch_project_get_can_redo (self));
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, self->undo_label);
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, self->redo_label);
      break;

    case PROP_VOTING_STATE:
      g_value_set_enum (value, self->voting.state);
      break;

    case PROP_VOTE_BUDGET:
      g_value_set_int (value, self->voting.budget);
      break;

    case PROP_VOTE_LIMIT:
      g_value_set_int (value, self->voting.max_per_idea);
      break;

    case PROP_VOTE_NO_OWN_IDEAS:
      g_value_set_boolean (value, self->voting.no_own_ideas);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_project_class_init (ChProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ch_project_dispose;
  object_class->finalize = ch_project_finalize;
  object_class->get_property = ch_project_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL, flags);
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MODIFIED] =
    g_param_spec_int64 ("modified", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  /**
   * ChProject:undo-label: (nullable)
   *
   * What undo would undo, in a few words for a menu or a tooltip
   * ("Add “Pay by invoice”"), or %NULL when there is nothing to undo.
   */
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL, flags);
  /**
   * ChProject:redo-label: (nullable)
   *
   * What redo would do again, or %NULL when there is nothing to redo.
   */
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL, flags);
  /**
   * ChProject:voting-state:
   *
   * Whether a voting round is open, ended, or was never started.
   */
  properties[PROP_VOTING_STATE] =
    g_param_spec_enum ("voting-state", NULL, NULL,
                       CH_TYPE_VOTING_STATE, CH_VOTING_STATE_NONE, flags);
  /**
   * ChProject:vote-budget:
   *
   * The dots each participant has in the voting round.
   */
  properties[PROP_VOTE_BUDGET] =
    g_param_spec_int ("vote-budget", NULL, NULL,
                      1, CH_VOTING_MAX_DOTS, CH_VOTING_DEFAULT_BUDGET, flags);
  /**
   * ChProject:vote-limit:
   *
   * The most dots one participant may put on one idea, or 0 for no limit
   * but the budget.
   */
  properties[PROP_VOTE_LIMIT] =
    g_param_spec_int ("vote-limit", NULL, NULL, 0, CH_VOTING_MAX_DOTS, 0, flags);
  /**
   * ChProject:vote-no-own-ideas:
   *
   * Whether participants may not vote on the ideas they contributed.
   */
  properties[PROP_VOTE_NO_OWN_IDEAS] =
    g_param_spec_boolean ("vote-no-own-ideas", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ChProject::votes-changed:
   *
   * A step changed the dots of some ideas or the voting round: what is
   * left of each participant's budget may be different (see
   * ch_project_get_remaining_dots()). Emitted once per step, after its
   * objects changed.
   */
  signals[VOTES_CHANGED] =
    g_signal_new ("votes-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * ChProject::ideas-changed:
   * @ideas: (element-type ChIdea): the ideas, in the project, whose
   *   properties the step changed
   *
   * A step (done, undone or redone) changed some ideas that were in the
   * project before and after it: a view that filters, sorts or draws
   * many ideas learns here which ones to look at again, without a
   * handler on each. Ideas added or removed are told by the ideas
   * list's items-changed instead. Emitted once per step, after its
   * objects changed.
   */
  signals[IDEAS_CHANGED] =
    g_signal_new ("ideas-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);
}

static void
ch_project_init (ChProject *self)
{
  static GType types[N_KINDS];

  types[KIND_SESSION] = CH_TYPE_SESSION;
  types[KIND_PERSONA] = CH_TYPE_PERSONA;
  types[KIND_PARTICIPANT] = CH_TYPE_PARTICIPANT;
  types[KIND_CLUSTER] = CH_TYPE_CLUSTER;
  types[KIND_IDEA] = CH_TYPE_IDEA;

  for (guint i = 0; i < N_KINDS; i++)
    {
      self->lists[i] = g_list_store_new (types[i]);
      self->by_id[i] = g_hash_table_new (g_str_hash, g_str_equal);
    }

  self->undo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify)step_free);
  self->redo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify)step_free);

  self->voting.state = CH_VOTING_STATE_NONE;
  self->voting.budget = CH_VOTING_DEFAULT_BUDGET;
}

static void
register_open (ChProject *self)
{
  G_LOCK (open_projects);
  if (open_projects == NULL)
    open_projects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_insert (open_projects, g_canonicalize_filename (self->path, NULL), self);
  G_UNLOCK (open_projects);
}

static void
unregister_open (ChProject *self)
{
  g_autofree char *key = g_canonicalize_filename (self->path, NULL);

  G_LOCK (open_projects);
  if (open_projects != NULL && g_hash_table_lookup (open_projects, key) == self)
    g_hash_table_remove (open_projects, key);
  G_UNLOCK (open_projects);
}

static ChProject *
project_new_for_store (ChStore  *store,
                       GError  **error)
{
  g_autoptr(ChProject) self = g_object_new (CH_TYPE_PROJECT, NULL);
  static const Kind order[] = {
    KIND_SESSION, KIND_PERSONA, KIND_PARTICIPANT, KIND_CLUSTER, KIND_IDEA
  };

  self->path = g_strdup (ch_store_get_path (store));

  if (!ch_store_read_workshop (store, &self->workshop, error) ||
      !ch_store_read_voting (store, &self->voting, error))
    {
      ch_store_close (store);
      return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      Kind kind = order[i];
      GType type = g_list_model_get_item_type (G_LIST_MODEL (self->lists[kind]));
      g_autoptr(GPtrArray) entities = ch_store_load (store, type, self->by_id[kind], error);

      if (entities == NULL)
        {
          ch_store_close (store);
          return NULL;
        }

      /* One splice: one items-changed, not one per entity. */
      g_list_store_splice (self->lists[kind], 0, 0, entities->pdata, entities->len);
    }

  self->store = store;
  register_open (self);

  return g_steal_pointer (&self);
}

/**
 * ch_project_open:
 * @path: an existing project file
 *
 * Opens a project, checking the file first (see ch_store_open()), and
 * loads everything in it.
 */
ChProject *
ch_project_open (const char  *path,
                 GError     **error)
{
  ChStore *store;

  g_return_val_if_fail (path != NULL, NULL);

  if (!(store = ch_store_open (path, error)))
    return NULL;

  return project_new_for_store (store, error);
}

/**
 * ch_project_create:
 * @path: where to make the project file; must not exist
 * @title: the workshop's title
 *
 * Makes a new, empty project.
 */
ChProject *
ch_project_create (const char  *path,
                   const char  *title,
                   GError     **error)
{
  g_autofree char *id = ch_uuid_new ();
  ChStoreWorkshop workshop = { 0 };
  ChStore *store;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  workshop.id = id;
  workshop.title = (char *)title;
  workshop.created = workshop.modified = now_seconds ();

  if (!(store = ch_store_create (path, &workshop, error)))
    return NULL;

  return project_new_for_store (store, error);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  ChProject *project = ch_project_open (task_data, &error);

  if (project == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, project, g_object_unref);
}

/**
 * ch_project_open_async:
 *
 * Opens a project in a worker thread, so that a large one does not stop
 * the window from drawing.
 */
void
ch_project_open_async (const char          *path,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, ch_project_open_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, open_thread);
}

ChProject *
ch_project_open_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * ch_project_close:
 *
 * Closes the file and releases its lock. The objects stay readable;
 * changes fail from now on.
 */
void
ch_project_close (ChProject *self)
{
  g_return_if_fail (CH_IS_PROJECT (self));

  if (self->store == NULL)
    return;

  /* A worker thread still uses the store: close when it is done. */
  if (self->holds > 0)
    {
      self->close_when_released = TRUE;
      return;
    }

  unregister_open (self);
  g_clear_pointer (&self->store, ch_store_close);
}

/**
 * ch_project_lookup_open:
 *
 * Returns: (transfer none) (nullable): the project open in this process
 *   for @path, if any.
 */
ChProject *
ch_project_lookup_open (const char *path)
{
  g_autofree char *key = g_canonicalize_filename (path, NULL);
  ChProject *project = NULL;

  G_LOCK (open_projects);
  if (open_projects != NULL)
    project = g_hash_table_lookup (open_projects, key);
  G_UNLOCK (open_projects);

  return project;
}

const char *
ch_project_get_path (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);
  return self->path;
}

const char *
ch_project_get_id (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);
  return self->workshop.id;
}

const char *
ch_project_get_title (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);
  return self->workshop.title;
}

const char *
ch_project_get_description (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);
  return self->workshop.description;
}

gint64
ch_project_get_created (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), 0);
  return self->workshop.created;
}

gint64
ch_project_get_modified (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), 0);
  return self->workshop.modified;
}

/* Changes the workshop's title or description as one undoable step;
 * typing into it is one step, as with the fields of entities. */
static gboolean
save_workshop (ChProject   *self,
               GParamSpec  *pspec,
               const char  *value,
               GError     **error)
{
  char **field = get_workshop_field (self, pspec);
  GPtrArray *changes;
  Change *change;

  if (g_strcmp0 (*field, value) == 0)
    return TRUE;

  change = change_new (NULL, NULL);
  change->field = pspec;
  change->property = pspec->name;
  change->text_before = g_strdup (*field);
  change->text_after = g_strdup (value);

  changes = changes_new ();
  g_ptr_array_add (changes, change);

  return do_edit (self, changes, error);
}

gboolean
ch_project_set_title (ChProject   *self,
                      const char  *title,
                      GError     **error)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (title != NULL, FALSE);

  return save_workshop (self, properties[PROP_TITLE], title, error);
}

gboolean
ch_project_set_description (ChProject   *self,
                            const char  *description,
                            GError     **error)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);

  if (description != NULL && description[0] == '\0')
    description = NULL;

  return save_workshop (self, properties[PROP_DESCRIPTION], description, error);
}

GListModel *
ch_project_get_ideas (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (self->lists[KIND_IDEA]);
}

GListModel *
ch_project_get_personas (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (self->lists[KIND_PERSONA]);
}

GListModel *
ch_project_get_participants (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (self->lists[KIND_PARTICIPANT]);
}

GListModel *
ch_project_get_clusters (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (self->lists[KIND_CLUSTER]);
}

GListModel *
ch_project_get_sessions (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (self->lists[KIND_SESSION]);
}

/**
 * ch_project_lookup:
 *
 * Returns: (transfer none) (nullable): the entity of @type with @id.
 */
ChEntity *
ch_project_lookup (ChProject  *self,
                   GType       type,
                   const char *id)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->by_id[kind_of (type)], id);
}

/**
 * ch_project_add:
 * @entity: a new entity, not in any project
 *
 * Adds @entity at the end of its list. Its modified time (and an idea's
 * created time, when unset) become now.
 */
gboolean
ch_project_add (ChProject  *self,
                ChEntity   *entity,
                GError    **error)
{
  return ch_project_add_many (self, &entity, 1, error);
}

/**
 * ch_project_add_many:
 * @entities: (array length=n_entities): new entities, not in any project
 *
 * Adds entities at the end of their lists as one step, in one
 * transaction: all of them or none.
 */
gboolean
ch_project_add_many (ChProject  *self,
                     ChEntity  **entities,
                     guint       n_entities,
                     GError    **error)
{
  g_autoptr(GPtrArray) changes = NULL;
  guint n_items[N_KINDS];
  gint64 now = now_seconds ();

  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);

  for (guint kind = 0; kind < N_KINDS; kind++)
    n_items[kind] = g_list_model_get_n_items (G_LIST_MODEL (self->lists[kind]));

  changes = g_ptr_array_new_full (n_entities, (GDestroyNotify)change_free);
  for (guint i = 0; i < n_entities; i++)
    {
      ChEntity *entity = entities[i];
      Change *change;
      Kind kind;

      g_return_val_if_fail (CH_IS_ENTITY (entity), FALSE);

      kind = kind_of (G_OBJECT_TYPE (entity));
      g_return_val_if_fail (!g_hash_table_contains (self->by_id[kind], ch_entity_get_id (entity)),
                            FALSE);

      if (CH_IS_IDEA (entity) && ch_idea_get_created (CH_IDEA (entity)) == 0)
        g_object_set (entity, "created", now, NULL);

      if (CH_IS_IDEA (entity))
        drop_anonymous_contributors (self, CH_IDEA (entity), entities, n_entities);

      if (!check_entity (entity, error))
        return FALSE;

      change = change_new (NULL, ch_entity_copy (entity));
      change->position = n_items[kind]++;
      g_ptr_array_add (changes, change);
    }

  if (changes->len == 0)
    return TRUE;

  return do_step (self, g_steal_pointer (&changes), entities, error);
}

ChIdea *
ch_project_add_idea (ChProject   *self,
                     const char  *title,
                     GError     **error)
{
  g_autoptr(ChIdea) idea = NULL;
  guint n_items;

  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->lists[KIND_IDEA]));
  idea = ch_idea_new (NULL, title);
  g_object_set (idea, "position", n_items, NULL);

  if (!ch_project_add (self, CH_ENTITY (idea), error))
    return NULL;

  return idea;
}

ChPersona *
ch_project_add_persona (ChProject   *self,
                        const char  *name,
                        GError     **error)
{
  g_autoptr(ChPersona) persona = ch_persona_new (NULL, name);

  if (!ch_project_add (self, CH_ENTITY (persona), error))
    return NULL;

  return persona;
}

ChParticipant *
ch_project_add_participant (ChProject   *self,
                            const char  *name,
                            GError     **error)
{
  g_autoptr(ChParticipant) participant = ch_participant_new (NULL, name);

  if (!ch_project_add (self, CH_ENTITY (participant), error))
    return NULL;

  return participant;
}

ChCluster *
ch_project_add_cluster (ChProject   *self,
                        const char  *name,
                        GError     **error)
{
  g_autoptr(ChCluster) cluster = ch_cluster_new (NULL, name);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->lists[KIND_CLUSTER]));

  g_object_set (cluster, "position", n_items, NULL);

  if (!ch_project_add (self, CH_ENTITY (cluster), error))
    return NULL;

  return cluster;
}

ChSession *
ch_project_add_session (ChProject   *self,
                        const char  *title,
                        const char  *date,
                        GError     **error)
{
  g_autoptr(ChSession) session = ch_session_new (NULL, title, date);

  if (!ch_project_add (self, CH_ENTITY (session), error))
    return NULL;

  return session;
}

/**
 * ch_project_update:
 * @first_property: the first property to change, followed by its value,
 *   then more pairs, ending with %NULL (as g_object_set())
 *
 * Changes properties of @entity, which belongs to this project, as one
 * undoable step. Changing nothing is not a step.
 */
gboolean
ch_project_update (ChProject   *self,
                   ChEntity    *entity,
                   GError     **error,
                   const char  *first_property,
                   ...)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  const char *name = first_property;
  gboolean ok = TRUE;
  va_list args;

  g_return_val_if_fail (CH_IS_ENTITY (entity), FALSE);

  g_array_set_clear_func (values, (GDestroyNotify)g_value_unset);

  va_start (args, first_property);
  while (name != NULL)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (entity), name);
      GValue value = G_VALUE_INIT;
      g_autofree char *collect_error = NULL;

      if (pspec == NULL)
        {
          g_critical ("%s has no property “%s”", G_OBJECT_TYPE_NAME (entity), name);
          ok = FALSE;
          break;
        }

      G_VALUE_COLLECT_INIT (&value, pspec->value_type, args, 0, &collect_error);
      if (collect_error != NULL)
        {
          g_critical ("%s", collect_error);
          ok = FALSE;
          break;
        }

      g_ptr_array_add (names, (gpointer)name);
      g_array_append_val (values, value);
      name = va_arg (args, const char *);
    }
  va_end (args);

  if (!ok)
    return FALSE;

  return set_properties (self, entity, names->len, (const char **)names->pdata,
                         (const GValue *)(gpointer)values->data, error);
}

gboolean
ch_project_set_property (ChProject     *self,
                         ChEntity      *entity,
                         const char    *property,
                         const GValue  *value,
                         GError       **error)
{
  return set_properties (self, entity, 1, &property, value, error);
}

gboolean
ch_project_remove (ChProject  *self,
                   ChEntity   *entity,
                   GError    **error)
{
  return ch_project_remove_many (self, &entity, 1, error);
}

/**
 * ch_project_remove_many:
 *
 * Removes entities as one step, clearing the references other entities
 * hold to them (an idea's cluster, a participant's persona…): undo
 * brings all of it back.
 */
gboolean
ch_project_remove_many (ChProject  *self,
                        ChEntity  **entities,
                        guint       n_entities,
                        GError    **error)
{
  g_autoptr(ChProjectEdit) edit = NULL;

  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);

  edit = ch_project_edit_new (self);

  for (guint i = 0; i < n_entities; i++)
    {
      g_return_val_if_fail (CH_IS_ENTITY (entities[i]), FALSE);
      g_return_val_if_fail (ch_project_lookup (self, G_OBJECT_TYPE (entities[i]),
                                               ch_entity_get_id (entities[i])) == entities[i],
                            FALSE);
      ch_project_edit_remove (edit, entities[i]);
    }

  for (guint i = 0; i < n_entities; i++)
    collect_dependents (self, entities[i], edit);

  /* The ideas of a deleted cluster go to Unsorted; the others close up. */
  ch_project_close_up (self, edit, entities, n_entities);

  return ch_project_edit_commit (edit, NULL, error);
}

typedef struct
{
  ChProject       *project;
  gboolean         as_new;
  GPtrArray       *step;
  ChStoreWorkshop  workshop;
  guint           *added;
  guint           *updated;
} Import;

static gboolean
import_workshop_cb (gpointer               user_data,
                    const ChStoreWorkshop *file,
                    GError               **error)
{
  Import *import = user_data;
  ChProject *self = import->project;

  if (import->as_new)
    {
      /* A new project becomes the workshop: its id, title and times. */
      import->workshop.id = g_strdup (file->id);
      import->workshop.title = g_strdup (file->title);
      import->workshop.description = g_strdup (file->description);
      import->workshop.created = file->created;
      import->workshop.modified = file->modified;

      return ch_store_replace_workshop (self->store, &import->workshop, error);
    }

  /* A merge keeps the project's id and title; modified is the later. */
  import->workshop.id = g_strdup (self->workshop.id);
  import->workshop.title = g_strdup (self->workshop.title);
  import->workshop.description = g_strdup (self->workshop.description);
  import->workshop.created = self->workshop.created;
  import->workshop.modified = MAX (self->workshop.modified, file->modified);

  return ch_store_save_workshop (self->store, &import->workshop, error);
}

static gboolean
import_entity_cb (gpointer   user_data,
                  ChEntity  *entity,
                  GError   **error)
{
  Import *import = user_data;
  ChProject *self = import->project;
  Kind kind = kind_of (G_OBJECT_TYPE (entity));
  ChEntity *existing = NULL;
  Change *change;

  /* Reading the project's objects from the worker is safe: while the
   * import holds the project, nothing changes them. */

  if (!import->as_new)
    {
      existing = g_hash_table_lookup (self->by_id[kind], ch_entity_get_id (entity));

      if (existing == NULL && id_is_taken (self, entity))
        {
          g_set_error (error, CH_WORKSHOP_ERROR, CH_WORKSHOP_ERROR_INVALID,
                       _("The file has an entity with the id “%s”, which this project uses "
                         "for another kind of entity."),
                       ch_entity_get_id (entity));
          return FALSE;
        }
    }

  /* The newer wins; a tie keeps the project's copy. */
  if (existing != NULL && ch_entity_get_modified (existing) >= ch_entity_get_modified (entity))
    return TRUE;

  /* Whether a session is anonymous is the project's alone (the file has
   * no place for it), and an idea of an anonymous session keeps no
   * contributor, whatever the file says. */
  if (existing != NULL && CH_IS_SESSION (entity))
    g_object_set (entity, "anonymous", ch_session_get_anonymous (CH_SESSION (existing)), NULL);
  else if (!import->as_new && CH_IS_IDEA (entity))
    drop_anonymous_contributors (self, CH_IDEA (entity), NULL, 0);

  if (!ch_store_import (self->store, entity, error))
    return FALSE;

  change = change_new (existing ? ch_entity_copy (existing) : NULL, g_object_ref (entity));
  change->position = G_MAXUINT;
  change->keep_times = TRUE;
  g_ptr_array_add (import->step, change);

  if (existing != NULL)
    import->updated[kind]++;
  else
    import->added[kind]++;

  return TRUE;
}

/**
 * ch_project_import_read:
 * @as_new: the project is new and empty, and becomes the workshop (its id,
 *   title and times); otherwise the workshop is merged into it
 * @added: (array fixed-size=5) (out caller-allocates): entities added, by
 *   kind (sessions, personas, participants, clusters, ideas)
 * @updated: (array fixed-size=5) (out caller-allocates): entities updated
 *
 * The first half of an import, which may run in a worker thread while
 * nothing else changes the project: reads the workshop file and writes
 * the store, all in one transaction that is rolled back on any error or
 * on cancel. The objects do not change yet.
 *
 * Returns: (transfer full) (nullable): what the import changed, for
 *   ch_project_import_apply()
 */
GPtrArray *
ch_project_import_read (ChProject           *self,
                        GInputStream        *stream,
                        const char          *display_name,
                        gboolean             as_new,
                        guint               *added,
                        guint               *updated,
                        ChStoreWorkshop     *workshop,
                        ChWorkshopProgress   progress,
                        gpointer             progress_data,
                        GCancellable        *cancellable,
                        GError             **error)
{
  static const ChWorkshopSink sink = { import_workshop_cb, import_entity_cb };
  Import import = { 0 };

  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);

  if (self->store == NULL)
    {
      set_closed_error (self, error);
      return NULL;
    }

  import.project = self;
  import.as_new = as_new;
  import.step = changes_new ();
  import.added = added;
  import.updated = updated;
  memset (added, 0, N_KINDS * sizeof (guint));
  memset (updated, 0, N_KINDS * sizeof (guint));

  if (!ch_store_begin (self->store, error))
    {
      g_ptr_array_unref (import.step);
      return NULL;
    }

  if (!ch_workshop_read (stream, display_name, &sink, &import, progress, progress_data,
                         cancellable, error) ||
      !ch_store_commit (self->store, error))
    {
      ch_store_rollback (self->store);
      g_ptr_array_unref (import.step);
      ch_store_workshop_clear (&import.workshop);
      memset (added, 0, N_KINDS * sizeof (guint));
      memset (updated, 0, N_KINDS * sizeof (guint));
      return NULL;
    }

  *workshop = import.workshop;

  return import.step;
}

/**
 * ch_project_import_apply:
 * @step: (transfer full): what ch_project_import_read() returned
 * @workshop: (transfer full): the workshop it filled in
 * @display_name: (nullable): the file's name, for the undo label
 *
 * The second half of an import, in the thread that owns the project:
 * brings the objects to what the store now holds. A merge is one step on
 * the undo stack; a new project starts with no history.
 */
void
ch_project_import_apply (ChProject        *self,
                         GPtrArray        *step,
                         ChStoreWorkshop  *workshop,
                         gboolean          as_new,
                         const char       *display_name)
{
  g_autoptr(GPtrArray) targets = g_ptr_array_new_full (step->len, NULL);
  g_autofree ChEntity **inserted = NULL;
  gboolean could_undo = ch_project_get_can_undo (self);
  gboolean could_redo = ch_project_get_can_redo (self);

  g_return_if_fail (CH_IS_PROJECT (self));

  for (guint i = 0; i < step->len; i++)
    g_ptr_array_add (targets, ((Change *)g_ptr_array_index (step, i))->after);

  /* A new project takes the imported objects themselves; a merge takes
   * copies, as the undo step keeps its own. */
  if (as_new)
    inserted = g_memdup2 (targets->pdata, step->len * sizeof (gpointer));

  apply_objects (self, step, TRUE, targets, inserted);

  if (g_strcmp0 (self->workshop.id, workshop->id) != 0)
    {
      unregister_open (self);
      g_free (self->workshop.id);
      self->workshop.id = g_strdup (workshop->id);
      register_open (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
  set_workshop_text (self, &self->workshop.title, workshop->title, properties[PROP_TITLE]);
  set_workshop_text (self, &self->workshop.description, workshop->description,
                     properties[PROP_DESCRIPTION]);
  if (self->workshop.created != workshop->created)
    {
      self->workshop.created = workshop->created;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
    }
  set_workshop_modified (self, workshop->modified);
  ch_store_workshop_clear (workshop);

  if (as_new)
    {
      g_ptr_array_unref (step);
      g_ptr_array_set_size (self->undo_stack, 0);
      g_ptr_array_set_size (self->redo_stack, 0);
    }
  else if (step->len > 0)
    {
      g_autofree char *label = NULL;

      if (display_name != NULL)
        /* Translators: undoing or redoing an import; %s is a file name */
        label = g_strdup_printf (_("Import “%s”"), display_name);
      else
        label = g_strdup (_("Import"));

      for (guint i = 0; i < step->len; i++)
        ((Change *)g_ptr_array_index (step, i))->time = 0;
      g_ptr_array_add (self->undo_stack, step_new (step, label));
      g_ptr_array_set_size (self->redo_stack, 0);
    }
  else
    g_ptr_array_unref (step);

  notify_history (self, could_undo, could_redo);
}

/**
 * ch_project_hold:
 *
 * An import or an export starts: until the matching ch_project_release(),
 * every change is refused with %CH_STORE_ERROR_BUSY.
 */
gboolean
ch_project_hold (ChProject  *self,
                 GError    **error)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);

  /* One transfer at a time: they would share the store's connection. */
  if (!check_writable (self, error))
    return FALSE;

  self->holds++;

  return TRUE;
}

void
ch_project_release (ChProject *self)
{
  g_return_if_fail (CH_IS_PROJECT (self));
  g_return_if_fail (self->holds > 0);

  if (--self->holds == 0 && self->close_when_released)
    ch_project_close (self);
}

/**
 * ch_project_snapshot:
 *
 * Returns: (transfer full) (element-type ChEntity): the entities of
 *   @type's list, each with a reference, for a writer in another thread
 */
GPtrArray *
ch_project_snapshot (ChProject *self,
                     GType      type)
{
  GListModel *model = G_LIST_MODEL (self->lists[kind_of (type)]);
  guint n_items = g_list_model_get_n_items (model);
  GPtrArray *entities = g_ptr_array_new_full (n_items, g_object_unref);

  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (entities, g_list_model_get_item (model, i));

  return entities;
}

/**
 * ch_project_get_workshop:
 *
 * The workshop's own fields, as the writer takes them.
 */
const ChStoreWorkshop *
ch_project_get_workshop (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);
  return &self->workshop;
}

gboolean
ch_project_get_can_undo (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);
  return self->undo_stack->len > 0;
}

gboolean
ch_project_get_can_redo (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);
  return self->redo_stack->len > 0;
}

/**
 * ch_project_get_undo_label:
 *
 * Returns: (nullable): what undo would undo, in a few words ("Add “Pay by
 *   invoice”"), or %NULL when there is nothing to undo
 */
const char *
ch_project_get_undo_label (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);
  return self->undo_label;
}

/**
 * ch_project_get_redo_label:
 *
 * Returns: (nullable): what redo would do again, or %NULL
 */
const char *
ch_project_get_redo_label (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);
  return self->redo_label;
}

static gboolean
move_step (ChProject  *self,
           GPtrArray  *from,
           GPtrArray  *to,
           gboolean    forward,
           GError    **error)
{
  gboolean could_undo = ch_project_get_can_undo (self);
  gboolean could_redo = ch_project_get_can_redo (self);
  Step *step;

  if (from->len == 0)
    return TRUE;

  step = last_step (from);
  if (!apply_step (self, step->changes, forward, NULL, error))
    return FALSE;

  g_ptr_array_add (to, g_ptr_array_steal_index (from, from->len - 1));

  /* A step that was undone is never extended by the next edit. */
  for (guint i = 0; i < step->changes->len; i++)
    ((Change *)g_ptr_array_index (step->changes, i))->time = 0;

  notify_history (self, could_undo, could_redo);

  return TRUE;
}

gboolean
ch_project_undo (ChProject  *self,
                 GError    **error)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);

  return move_step (self, self->undo_stack, self->redo_stack, FALSE, error);
}

gboolean
ch_project_redo (ChProject  *self,
                 GError    **error)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);

  return move_step (self, self->redo_stack, self->undo_stack, TRUE, error);
}

void
ch_project_clear_history (ChProject *self)
{
  gboolean could_undo = ch_project_get_can_undo (self);
  gboolean could_redo = ch_project_get_can_redo (self);

  g_return_if_fail (CH_IS_PROJECT (self));

  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  notify_history (self, could_undo, could_redo);
}

gboolean
ch_project_check_integrity (ChProject  *self,
                            GError    **error)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);

  if (self->store == NULL)
    {
      set_closed_error (self, error);
      return FALSE;
    }

  return ch_store_check_integrity (self->store, error);
}

static void
edit_touched_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  ChProjectEdit *edit = user_data;

  if (pspec->name != g_intern_static_string ("modified"))
    g_hash_table_add (edit->touched, object);
}

/**
 * ch_project_edit_new:
 *
 * Starts putting a step together. Nothing changes until
 * ch_project_edit_commit().
 */
ChProjectEdit *
ch_project_edit_new (ChProject *self)
{
  ChProjectEdit *edit = g_new0 (ChProjectEdit, 1);

  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);

  edit->project = g_object_ref (self);
  edit->afters = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  edit->changed = g_ptr_array_new ();
  edit->touched = g_hash_table_new (NULL, NULL);
  edit->places = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  edit->placed = g_ptr_array_new ();
  edit->added = g_ptr_array_new_with_free_func (g_object_unref);
  edit->removed = g_ptr_array_new ();
  edit->removing = g_hash_table_new (NULL, NULL);
  edit->voting = self->voting;

  return edit;
}

void
ch_project_edit_free (ChProjectEdit *edit)
{
  GHashTableIter iter;
  gpointer after;

  if (edit == NULL)
    return;

  g_hash_table_iter_init (&iter, edit->afters);
  while (g_hash_table_iter_next (&iter, NULL, &after))
    g_signal_handlers_disconnect_by_func (after, edit_touched_cb, edit);

  g_clear_pointer (&edit->afters, g_hash_table_unref);
  g_clear_pointer (&edit->changed, g_ptr_array_unref);
  g_clear_pointer (&edit->touched, g_hash_table_unref);
  g_clear_pointer (&edit->places, g_hash_table_unref);
  g_clear_pointer (&edit->placed, g_ptr_array_unref);
  g_clear_pointer (&edit->added, g_ptr_array_unref);
  g_clear_pointer (&edit->removed, g_ptr_array_unref);
  g_clear_pointer (&edit->removing, g_hash_table_unref);
  g_clear_object (&edit->project);
  g_free (edit);
}

/**
 * ch_project_edit_change:
 * @entity: an entity of the project
 *
 * Returns: (transfer none): the copy of @entity that the step brings it
 *   to, made the first time; set its properties to change them
 */
ChEntity *
ch_project_edit_change (ChProjectEdit *edit,
                        ChEntity      *entity)
{
  ChEntity *after = g_hash_table_lookup (edit->afters, entity);

  if (after == NULL)
    {
      after = ch_entity_copy (entity);
      g_signal_connect (after, "notify", G_CALLBACK (edit_touched_cb), edit);
      g_hash_table_insert (edit->afters, entity, after);
      g_ptr_array_add (edit->changed, entity);
    }

  return after;
}

/**
 * ch_project_edit_peek:
 *
 * Returns: (transfer none): @entity as the step leaves it so far: its
 *   copy when it changes, otherwise itself
 */
ChEntity *
ch_project_edit_peek (ChProjectEdit *edit,
                      ChEntity      *entity)
{
  ChEntity *after = g_hash_table_lookup (edit->afters, entity);

  return after != NULL ? after : entity;
}

/**
 * ch_project_edit_place:
 * @cluster_id: (nullable): the cluster, or %NULL for Unsorted
 *
 * Puts @idea at @position of a cluster's ideas. A step that changes
 * nothing else of an idea keeps no copy of it: only where it was and
 * where it goes.
 */
void
ch_project_edit_place (ChProjectEdit *edit,
                       ChIdea        *idea,
                       const char    *cluster_id,
                       int            position)
{
  Place *place = g_hash_table_lookup (edit->places, idea);

  if (place == NULL)
    {
      place = g_new0 (Place, 1);
      g_hash_table_insert (edit->places, idea, place);
      g_ptr_array_add (edit->placed, idea);
    }

  place->cluster_id = cluster_id != NULL && *cluster_id != '\0' ? g_intern_string (cluster_id) : NULL;
  place->position = position;
}

/**
 * ch_project_edit_get_place:
 *
 * Where @idea is on the board after the step so far.
 */
void
ch_project_edit_get_place (ChProjectEdit  *edit,
                           ChIdea         *idea,
                           const char    **cluster_id,
                           int            *position)
{
  Place *place = g_hash_table_lookup (edit->places, idea);
  ChIdea *state = CH_IDEA (ch_project_edit_peek (edit, CH_ENTITY (idea)));

  *cluster_id = place ? place->cluster_id : ch_idea_get_cluster_id (state);
  *position = place ? place->position : ch_idea_get_position (state);
}

/**
 * ch_project_edit_add:
 * @entity: a new entity, not in any project
 *
 * Adds @entity at the end of its list, before the step's other changes;
 * it is the project's object once the step is done.
 */
void
ch_project_edit_add (ChProjectEdit *edit,
                     ChEntity      *entity)
{
  g_ptr_array_add (edit->added, g_object_ref (entity));
}

void
ch_project_edit_remove (ChProjectEdit *edit,
                        ChEntity      *entity)
{
  if (g_hash_table_add (edit->removing, entity))
    g_ptr_array_add (edit->removed, entity);
}

gboolean
ch_project_edit_is_removed (ChProjectEdit *edit,
                            ChEntity      *entity)
{
  return g_hash_table_contains (edit->removing, entity);
}

void
ch_project_edit_set_voting (ChProjectEdit       *edit,
                            const ChStoreVoting *voting)
{
  edit->voting = *voting;
  edit->voting_changed = TRUE;
}

/**
 * ch_project_edit_commit:
 * @label: (nullable): what the step does, for undo and redo; %NULL says
 *   it from its changes (see describe_step())
 *
 * Does the step: the new entities first, then the changes, then the
 * deletions (those that refer to others first), so that undo, which goes
 * the other way, puts back what is referred to before what refers to it.
 * A step that changes nothing is no step.
 */
gboolean
ch_project_edit_commit (ChProjectEdit  *edit,
                        const char     *label,
                        GError        **error)
{
  ChProject *self = edit->project;
  g_autoptr(GPtrArray) changes = changes_new ();
  g_autofree ChEntity **inserted = NULL;
  guint n_items[N_KINDS];
  gint64 now = now_seconds ();

  for (guint kind = 0; kind < N_KINDS; kind++)
    n_items[kind] = g_list_model_get_n_items (G_LIST_MODEL (self->lists[kind]));

  for (guint i = 0; i < edit->added->len; i++)
    {
      ChEntity *entity = g_ptr_array_index (edit->added, i);
      Change *change;

      if (CH_IS_IDEA (entity) && ch_idea_get_created (CH_IDEA (entity)) == 0)
        g_object_set (entity, "created", now, NULL);
      if (CH_IS_IDEA (entity))
        drop_anonymous_contributors (self, CH_IDEA (entity), NULL, 0);
      if (!check_entity (entity, error))
        return FALSE;

      change = change_new (NULL, ch_entity_copy (entity));
      change->position = n_items[kind_of (G_OBJECT_TYPE (entity))]++;
      g_ptr_array_add (changes, change);
    }

  /* An idea that changes more than its place takes its place in its copy. */
  for (guint i = 0; i < edit->placed->len; i++)
    {
      ChEntity *idea = g_ptr_array_index (edit->placed, i);
      ChEntity *after = g_hash_table_lookup (edit->afters, idea);
      Place *place = g_hash_table_lookup (edit->places, idea);

      if (after != NULL)
        g_object_set (after,
                      "cluster-id", place->cluster_id,
                      "position", place->position,
                      NULL);
    }

  for (guint i = 0; i < edit->changed->len; i++)
    {
      ChEntity *entity = g_ptr_array_index (edit->changed, i);
      ChEntity *after = g_hash_table_lookup (edit->afters, entity);

      if (ch_project_edit_is_removed (edit, entity))
        continue;

      if (CH_IS_IDEA (after))
        drop_anonymous_contributors (self, CH_IDEA (after), NULL, 0);
      if (!g_hash_table_contains (edit->touched, after))
        continue;
      if (!check_entity (after, error))
        return FALSE;

      g_ptr_array_add (changes, change_new (ch_entity_copy (entity), g_object_ref (after)));
    }

  for (guint i = 0; i < edit->placed->len; i++)
    {
      ChIdea *idea = g_ptr_array_index (edit->placed, i);
      Place *place = g_hash_table_lookup (edit->places, idea);
      Change *change;

      if (g_hash_table_contains (edit->afters, idea) ||
          ch_project_edit_is_removed (edit, CH_ENTITY (idea)) ||
          (ch_idea_get_cluster_id (idea) == place->cluster_id &&
           ch_idea_get_position (idea) == place->position))
        continue;

      change = change_new (NULL, NULL);
      change->place_id = g_strdup (ch_entity_get_id (CH_ENTITY (idea)));
      change->cluster_before = ch_idea_get_cluster_id (idea);
      change->position_before = ch_idea_get_position (idea);
      change->cluster_after = place->cluster_id;
      change->position_after = place->position;
      g_ptr_array_add (changes, change);
    }

  for (int kind = N_KINDS - 1; kind >= 0; kind--)
    for (guint i = 0; i < edit->removed->len; i++)
      {
        ChEntity *entity = g_ptr_array_index (edit->removed, i);

        if (kind_of (G_OBJECT_TYPE (entity)) == (Kind)kind)
          g_ptr_array_add (changes, change_new (ch_entity_copy (entity), NULL));
      }

  if (edit->voting_changed && !voting_equal (&edit->voting, &self->voting))
    {
      Change *change = change_new (NULL, NULL);

      change->voting = TRUE;
      change->voting_before = self->voting;
      change->voting_after = edit->voting;
      g_ptr_array_add (changes, change);
    }

  if (changes->len == 0)
    return TRUE;

  if (edit->added->len > 0)
    {
      inserted = g_new0 (ChEntity *, changes->len);
      for (guint i = 0; i < edit->added->len; i++)
        inserted[i] = g_ptr_array_index (edit->added, i);
    }

  return do_labelled_step (self, g_steal_pointer (&changes), inserted, label, error);
}

ChBoard *
ch_project_get_board (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);

  if (self->board == NULL)
    self->board = ch_board_new (G_LIST_MODEL (self->lists[KIND_IDEA]), NULL);

  return self->board;
}

/**
 * ch_project_peek_board:
 *
 * Returns: (nullable): the board, if one was asked for
 */
ChBoard *
ch_project_peek_board (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);
  return self->board;
}

const ChStoreVoting *
ch_project_get_voting (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);
  return &self->voting;
}

int
ch_project_get_dots_used (ChProject  *self,
                          const char *participant_id)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), 0);

  if (self->dots_used == NULL)
    {
      GListModel *ideas = G_LIST_MODEL (self->lists[KIND_IDEA]);
      guint n_ideas = g_list_model_get_n_items (ideas);

      self->dots_used = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < n_ideas; i++)
        {
          g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, i);
          GPtrArray *votes = ch_idea_get_votes (idea);

          for (guint j = 0; votes != NULL && j < votes->len; j++)
            {
              const ChVote *vote = g_ptr_array_index (votes, j);
              const char *key = g_intern_string (vote->participant_id);
              int used = GPOINTER_TO_INT (g_hash_table_lookup (self->dots_used, key));

              g_hash_table_insert (self->dots_used, (gpointer)key,
                                   GINT_TO_POINTER (used + vote->dots));
            }
        }
    }

  return GPOINTER_TO_INT (g_hash_table_lookup (self->dots_used, participant_id));
}

ChVotingState
ch_project_get_voting_state (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), CH_VOTING_STATE_NONE);
  return self->voting.state;
}

int
ch_project_get_vote_budget (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), 0);
  return self->voting.budget;
}

/**
 * ch_project_get_vote_limit:
 *
 * Returns: the most dots one participant may put on one idea, or 0 when
 *   only the budget limits them
 */
int
ch_project_get_vote_limit (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), 0);
  return self->voting.max_per_idea;
}

gboolean
ch_project_get_vote_no_own_ideas (ChProject *self)
{
  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);
  return self->voting.no_own_ideas;
}
