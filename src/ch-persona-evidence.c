/* ch-persona-evidence.c: what backs a persona: the ideas that serve it and
 * the participants who stand for it
 *
 * The evidence is worked out when it is shown, and kept up to date only
 * while it is: hidden, its lists are empty and cost nothing. A project
 * may hold 100 000 ideas, and there is no handler on each: the evidence
 * learns which ideas each step changed (done, undone, redone or
 * imported) from ChProject::ideas-changed, which came and went from the
 * ideas list's items-changed, and of the participants, who are few, from
 * each of them.
 *
 * Choosing a persona must not hold up a frame, and two things would:
 *
 * - Going through 100 000 ideas, even in C, touches objects all over
 *   memory: some 10 ms just to get them from the project's list, as much
 *   again to read their personas. While shown, the evidence keeps a
 *   glance at each idea instead (see Glance): the personas it serves and
 *   who contributed it, as quarks, in the project's order, brought up to
 *   date with each step. Going through those, in a row, takes a
 *   millisecond or two for the list and the participants' counts at once.
 *   They are also what a step is compared with: the signals do not say
 *   what changed, and a glance is how the idea was.
 *
 * - Rows. A GtkListView of GTK 4.8 makes a row for each of the first 200
 *   items it is given (whether they show or not), and destroys it when
 *   its item goes: each costs some 0.5 ms to make and lay out, 0.1 ms to
 *   destroy. So a persona's ideas are listed in one of two lists by
 *   turns: the list of the persona before is hidden (which costs nothing)
 *   and emptied a few rows a frame; the other gets the rows that show at
 *   once, and the rest of the ideas a few a frame, until it has rows for
 *   200, then all the others in one go. The heading counts them all from
 *   the first frame. After a step, the list changes in place where it
 *   differs, and keeps the rows of the other ideas.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-persona-evidence"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ch-persona-evidence.h"
#include "ch-persona-idea-row.h"

/* How many titles of a participant's ideas their row names. */
#define N_TITLES 3

/* How many ideas show before the list scrolls, and about how high each is. */
#define N_ROWS_SHOWN 5
#define ROW_HEIGHT   52

/* Listing a persona's ideas: at once, more than fill the list's window
 * (330 px), for it to have its height in the first frame; then so many a
 * frame, while they get rows; the hidden list loses so many rows a frame.
 * A step that changes more of the list than a frame would lists it anew. */
#define N_ROWS_MADE         200
#define N_LISTED_AT_ONCE    8
#define N_LISTED_A_FRAME    8
#define N_RELEASED_A_FRAME  8
#define N_CHANGED_IN_PLACE  16

/* Ideas added or removed one by one, more than this in one main loop
 * turn (undoing an import): the glances are made again, in one pass. */
#define N_SPLICES_A_TURN 32

/* Changed ideas looked for one by one in the glances; more, in one pass. */
#define N_LOOKED_FOR 8

typedef enum {
  /* Ideas may have stopped serving the persona, or come to. */
  REFRESH_IDEAS         = 1 << 0,
  /* Another persona's ideas, or the first showing: listed anew. */
  REFRESH_IDEAS_ANEW    = 1 << 1,
  REFRESH_PARTICIPANTS  = 1 << 2,
  REFRESH_CONTRIBUTIONS = 1 << 3,
  REFRESH_ALL           = REFRESH_IDEAS | REFRESH_IDEAS_ANEW | REFRESH_PARTICIPANTS |
                          REFRESH_CONTRIBUTIONS,
} Refresh;

/* What one participant who stands for the persona contributed. */
typedef struct
{
  guint      n_ideas;
  GPtrArray *titles;
} Contribution;

/* What the evidence looks at in an idea: the personas it serves and the
 * participants who contributed it, as quarks, each part ending with 0
 * (%NULL for neither). */
typedef struct
{
  ChIdea *idea;       /* borrowed: the project's list holds it */
  GQuark *people;
} Glance;

struct _ChPersonaEvidence
{
  GtkWidget            parent_instance;

  ChProject           *project;
  ChPersona           *persona;
  GQuark               persona_quark;

  /* While shown: the participants watched (a reference each), and what
   * is to be brought up to date at the next turn. */
  GPtrArray           *watched;
  gboolean             watching;
  Refresh              pending;
  guint                refresh_source;

  /* While shown, a Glance at each of the project's ideas, in its order;
   * %NULL when to be made again. */
  GArray              *glances;
  guint                n_splices;

  /* The ideas that serve the persona, in the project's order, a
   * reference each. The list shown has the first n_listed of them. */
  GPtrArray           *serving;
  guint                n_listed;

  /* The lists the ideas are listed in by turns, and which is shown; the
   * tick lists more in one and empties the other, once a frame. */
  GtkScrolledWindow   *ideas_windows[2];
  GListStore          *idea_models[2];
  guint                shown;
  guint                tick;
  gboolean             listed_anew;

  /* Participant id (a quark) → Contribution, for those who stand for the
   * persona; the ideas (borrowed) whose titles their rows show, with the
   * title. */
  GHashTable          *contributions;
  GHashTable          *titled;

  GtkCustomFilter     *participant_filter;
  GtkFilterListModel  *participant_model;

  /* Template widgets */
  GtkWidget           *content;
  AdwPreferencesGroup *ideas_group;
  GtkWidget           *no_ideas_box;
  GtkListBox          *participants_list;
};

G_DEFINE_FINAL_TYPE (ChPersonaEvidence, ch_persona_evidence, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_PERSONA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
contribution_free (gpointer data)
{
  Contribution *contribution = data;

  g_ptr_array_unref (contribution->titles);
  g_free (contribution);
}

static void
clear_glance (gpointer data)
{
  Glance *glance = data;

  g_clear_pointer (&glance->people, g_free);
}

static const char *
get_persona_id (ChPersonaEvidence *self)
{
  return self->persona != NULL ? ch_entity_get_id (CH_ENTITY (self->persona)) : NULL;
}

static gboolean
stands_for_persona (gpointer item,
                    gpointer user_data)
{
  ChPersonaEvidence *self = user_data;
  const char *persona_id = get_persona_id (self);

  return persona_id != NULL &&
         g_strcmp0 (ch_participant_get_persona_id (item), persona_id) == 0;
}

/* The people of @idea (see Glance). */
static GQuark *
glance_at (ChIdea *idea)
{
  const char * const *personas = ch_idea_get_personas (idea);
  GPtrArray *contributors = ch_idea_get_contributors (idea);
  guint n_personas = personas != NULL ? g_strv_length ((char **) personas) : 0;
  guint n_contributors = contributors != NULL ? contributors->len : 0;
  GQuark *people;
  guint n = 0;

  if (n_personas == 0 && n_contributors == 0)
    return NULL;

  people = g_new (GQuark, n_personas + n_contributors + 2);
  for (guint i = 0; i < n_personas; i++)
    people[n++] = g_quark_from_string (personas[i]);
  people[n++] = 0;
  for (guint i = 0; i < n_contributors; i++)
    {
      ChContributor *contributor = g_ptr_array_index (contributors, i);

      if (contributor->participant_id != NULL)
        people[n++] = g_quark_from_string (contributor->participant_id);
    }
  people[n] = 0;

  return people;
}

static gboolean
serves (const GQuark *people,
        GQuark        persona)
{
  for (; persona != 0 && people != NULL && *people != 0; people++)
    if (*people == persona)
      return TRUE;

  return FALSE;
}

/* The contributors among @people, past the personas. */
static const GQuark *
get_contributors (const GQuark *people)
{
  if (people == NULL)
    return NULL;

  while (*people != 0)
    people++;

  return people + 1;
}

/* The next of @contributors (moved on) who stands for the persona, or 0. */
static GQuark
next_counted (ChPersonaEvidence  *self,
              const GQuark      **contributors)
{
  for (; *contributors != NULL && **contributors != 0; (*contributors)++)
    if (g_hash_table_contains (self->contributions, GUINT_TO_POINTER (**contributors)))
      return *(*contributors)++;

  return 0;
}

/* Whether the participants' rows count an idea with @before's people
 * differently than with @after's: who of them contributed it, in order. */
static gboolean
counted_differ (ChPersonaEvidence *self,
                const GQuark      *before,
                const GQuark      *after)
{
  const GQuark *a = get_contributors (before);
  const GQuark *b = get_contributors (after);
  GQuark next;

  if (g_hash_table_size (self->contributions) == 0)
    return FALSE;

  do
    {
      next = next_counted (self, &a);
      if (next != next_counted (self, &b))
        return TRUE;
    }
  while (next != 0);

  return FALSE;
}

/* What needs working out again for an idea with @people that came or went. */
static Refresh
glance_matters (ChPersonaEvidence *self,
                const GQuark      *people)
{
  Refresh what = 0;
  const GQuark *contributors = get_contributors (people);

  if (serves (people, self->persona_quark))
    what |= REFRESH_IDEAS;
  if (next_counted (self, &contributors) != 0)
    what |= REFRESH_CONTRIBUTIONS;

  return what;
}

/* Glances at the project's ideas, in one pass over them. */
static void
make_glances (ChPersonaEvidence *self)
{
  GListModel *ideas = ch_project_get_ideas (self->project);
  guint n_ideas = g_list_model_get_n_items (ideas);

  g_clear_pointer (&self->glances, g_array_unref);
  self->glances = g_array_sized_new (FALSE, FALSE, sizeof (Glance), n_ideas);
  g_array_set_clear_func (self->glances, clear_glance);
  g_array_set_size (self->glances, n_ideas);

  for (guint i = 0; i < n_ideas; i++)
    {
      Glance *glance = &g_array_index (self->glances, Glance, i);

      /* The project's list holds it. */
      glance->idea = g_list_model_get_item (ideas, i);
      g_object_unref (glance->idea);
      glance->people = glance_at (glance->idea);
    }
}

/* A step changed @glance's idea: its glance anew, and what that changes. */
static Refresh
update_glance (ChPersonaEvidence *self,
               Glance            *glance)
{
  GQuark *people = glance_at (glance->idea);
  const char *title = g_hash_table_lookup (self->titled, glance->idea);
  Refresh what = 0;

  if (serves (glance->people, self->persona_quark) != serves (people, self->persona_quark))
    what |= REFRESH_IDEAS;

  if (counted_differ (self, glance->people, people) ||
      (title != NULL && !g_str_equal (title, ch_idea_get_title (glance->idea))))
    what |= REFRESH_CONTRIBUTIONS;

  g_free (glance->people);
  glance->people = people;

  return what;
}

/* A Contribution, none counted yet, for each participant who stands
 * for the persona. */
static void
reset_contributions (ChPersonaEvidence *self)
{
  GListModel *participants = G_LIST_MODEL (self->participant_model);
  guint n_participants = g_list_model_get_n_items (participants);

  g_hash_table_remove_all (self->contributions);
  g_hash_table_remove_all (self->titled);

  for (guint i = 0; i < n_participants; i++)
    {
      g_autoptr(ChEntity) participant = g_list_model_get_item (participants, i);
      Contribution *contribution = g_new0 (Contribution, 1);

      contribution->titles = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (self->contributions,
                           GUINT_TO_POINTER (g_quark_from_string (ch_entity_get_id (participant))),
                           contribution);
    }
}

/* Counts @glance's idea for those of its contributors who stand for the
 * persona. */
static void
count_idea (ChPersonaEvidence *self,
            const Glance      *glance)
{
  for (const GQuark *contributor = get_contributors (glance->people);
       *contributor != 0;
       contributor++)
    {
      Contribution *contribution = g_hash_table_lookup (self->contributions,
                                                        GUINT_TO_POINTER (*contributor));
      const char *title;

      if (contribution == NULL)
        continue;

      contribution->n_ideas++;
      if (contribution->titles->len < N_TITLES)
        {
          title = ch_idea_get_title (glance->idea);
          g_ptr_array_add (contribution->titles, g_strdup (title));
          g_hash_table_insert (self->titled, glance->idea, g_strdup (title));
        }
    }
}

/* One pass over the glances for what @what asks: the ideas that serve
 * the persona (returned, in order, a reference each; %NULL when not
 * asked), what the participants who stand for it contributed, or both. */
static GPtrArray *
look_through_ideas (ChPersonaEvidence *self,
                    Refresh            what)
{
  GPtrArray *serving = NULL;
  gboolean counting;

  if (what & REFRESH_CONTRIBUTIONS)
    reset_contributions (self);
  if (what & REFRESH_IDEAS)
    serving = g_ptr_array_new_with_free_func (g_object_unref);

  /* No participant stands for it (the usual case): nothing to count. */
  counting = (what & REFRESH_CONTRIBUTIONS) && g_hash_table_size (self->contributions) > 0;
  if (self->project == NULL || self->persona == NULL || (serving == NULL && !counting))
    return serving;

  if (self->glances == NULL)
    make_glances (self);

  for (guint i = 0; i < self->glances->len; i++)
    {
      const Glance *glance = &g_array_index (self->glances, Glance, i);

      if (glance->people == NULL)
        continue;

      if (serving != NULL && serves (glance->people, self->persona_quark))
        g_ptr_array_add (serving, g_object_ref (glance->idea));
      if (counting)
        count_idea (self, glance);
    }

  return serving;
}

/* "Bakery Co-op · Customer", then what they contributed. */
static char *
describe_participant (ChPersonaEvidence *self,
                      ChParticipant     *participant)
{
  GQuark id = g_quark_try_string (ch_entity_get_id (CH_ENTITY (participant)));
  Contribution *contribution = g_hash_table_lookup (self->contributions, GUINT_TO_POINTER (id));
  const char *organisation = ch_participant_get_organisation (participant);
  const char *kind = ch_participant_kind_to_label (ch_participant_get_kind (participant));
  g_autofree char *details = NULL;
  g_autofree char *contributed = NULL;

  if (organisation != NULL && *organisation != '\0')
    /* Translators: a participant's organisation and kind: "Bakery Co-op · Customer" */
    details = g_strdup_printf (_("%s · %s"), organisation, kind);
  else
    details = g_strdup (kind);

  if (contribution == NULL || contribution->n_ideas == 0)
    contributed = g_strdup (_("No ideas contributed yet"));
  else
    {
      g_autoptr(GString) titles = g_string_new (NULL);

      for (guint i = 0; i < contribution->titles->len; i++)
        {
          if (i > 0)
            /* Translators: between the titles of a participant's ideas */
            g_string_append (titles, _(", "));
          /* Translators: the title of an idea a participant contributed */
          g_string_append_printf (titles, _("“%s”"),
                                  (char *) g_ptr_array_index (contribution->titles, i));
        }
      if (contribution->n_ideas > contribution->titles->len)
        g_string_append (titles, "…");

      /* Translators: %u is how many ideas a participant contributed, %s the
       * titles of the first few: "Contributed 2 ideas: “Pay by card”, “Pick up later”" */
      contributed = g_strdup_printf (ngettext ("Contributed %u idea: %s",
                                               "Contributed %u ideas: %s",
                                               contribution->n_ideas),
                                     contribution->n_ideas, titles->str);
    }

  return g_strconcat (details, "\n", contributed, NULL);
}

static void
update_participant_row (ChPersonaEvidence *self,
                        AdwActionRow      *row)
{
  ChParticipant *participant = g_object_get_data (G_OBJECT (row), "participant");
  g_autofree char *subtitle = describe_participant (self, participant);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ch_participant_get_name (participant));
  adw_action_row_set_subtitle (row, subtitle);
}

static void
update_participant_rows (ChPersonaEvidence *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->participants_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_ACTION_ROW (child))
        update_participant_row (self, ADW_ACTION_ROW (child));
    }
}

static GtkWidget *
create_participant_row (gpointer item,
                        gpointer user_data)
{
  ChPersonaEvidence *self = user_data;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE,
                                   "icon-name", "go-next-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);

  /* Names and titles are the participants' words, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* A long subtitle wrapped without end is measured over and over by GTK
   * 4.8's boxes: three lines halve what three rows cost to lay out. The
   * screen reader has the whole of it. */
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  g_object_set_data_full (G_OBJECT (row), "participant", g_object_ref (item), g_object_unref);
  update_participant_row (self, ADW_ACTION_ROW (row));

  return row;
}

static void
update_ideas_summary (ChPersonaEvidence *self)
{
  /* All of them, listed yet or not. */
  guint n_ideas = self->serving->len;
  GtkScrolledWindow *window = self->ideas_windows[self->shown];
  g_autofree char *title = NULL;

  /* Translators: the heading of the ideas linked to a persona */
  title = g_strdup_printf (ngettext ("Serves %u idea", "Serves %u ideas", n_ideas), n_ideas);
  adw_preferences_group_set_title (self->ideas_group, title);

  gtk_widget_set_visible (self->no_ideas_box, n_ideas == 0);
  gtk_widget_set_visible (GTK_WIDGET (window), n_ideas > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->ideas_windows[!self->shown]), FALSE);

  /* A list view asks for the height of the rows it has made, and makes
   * the rows of the height it is given: a first few are asked for here,
   * the rest scroll. */
  gtk_scrolled_window_set_min_content_height (window, MIN (n_ideas, N_ROWS_SHOWN) * ROW_HEIGHT);
}

/* Lists more of the ideas that serve in the list shown: a frame's worth
 * while they get rows, then the others. Whether more are to come. */
static gboolean
list_more (ChPersonaEvidence *self)
{
  guint n = self->serving->len - self->n_listed;

  if (self->n_listed < N_ROWS_MADE)
    n = MIN (n, N_LISTED_A_FRAME);
  if (n > 0)
    {
      g_list_store_splice (self->idea_models[self->shown], self->n_listed, 0,
                           self->serving->pdata + self->n_listed, n);
      self->n_listed += n;
    }

  return self->n_listed < self->serving->len;
}

/* Empties the hidden list a frame's worth of rows at a time: those past
 * the rows it made at once, the others from the end. Whether more are to
 * go. */
static gboolean
release_hidden (ChPersonaEvidence *self)
{
  GListStore *hidden = self->idea_models[!self->shown];
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (hidden));
  guint n;

  if (n_items > N_ROWS_MADE)
    {
      g_list_store_splice (hidden, N_ROWS_MADE, n_items - N_ROWS_MADE, NULL, 0);
      n_items = N_ROWS_MADE;
    }

  n = MIN (n_items, N_RELEASED_A_FRAME);
  if (n > 0)
    g_list_store_splice (hidden, n_items - n, n, NULL, 0);

  return n_items > n;
}

/* In the update phase of each frame: the rows of the ideas listed here
 * are made in this frame's layout, and no more of them than it can take.
 * The frame that lays out a persona's first rows does no more. */
static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *frame_clock,
         gpointer       user_data)
{
  ChPersonaEvidence *self = CH_PERSONA_EVIDENCE (widget);
  gboolean more;

  if (self->listed_anew)
    {
      self->listed_anew = FALSE;
      return G_SOURCE_CONTINUE;
    }

  more = list_more (self);
  more = release_hidden (self) || more;
  if (more)
    return G_SOURCE_CONTINUE;

  self->tick = 0;
  return G_SOURCE_REMOVE;
}

static void
queue_tick (ChPersonaEvidence *self)
{
  gboolean more = self->n_listed < self->serving->len ||
                  g_list_model_get_n_items (G_LIST_MODEL (self->idea_models[!self->shown])) > 0;

  if (more && self->tick == 0)
    self->tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), tick_cb, NULL, NULL);
  else if (!more && self->tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick);
      self->tick = 0;
    }
}

static void
take_serving (ChPersonaEvidence *self,
              GPtrArray         *serving)
{
  g_ptr_array_unref (self->serving);
  self->serving = serving;
}

/* Another persona's ideas (@serving, taken), or those of a step that
 * changed too many: the first few at once, the others a few a frame.
 * They go in the list with fewer rows to destroy (the hidden one,
 * usually empty by now), which is emptied at once; the other is hidden,
 * and its rows go a few a frame. */
static void
list_anew (ChPersonaEvidence *self,
           GPtrArray         *serving)
{
  GListModel *shown = G_LIST_MODEL (self->idea_models[self->shown]);
  GListModel *hidden = G_LIST_MODEL (self->idea_models[!self->shown]);
  GListStore *model;

  if (g_list_model_get_n_items (hidden) < g_list_model_get_n_items (shown))
    self->shown = !self->shown;
  model = self->idea_models[self->shown];
  g_list_store_remove_all (model);

  take_serving (self, serving);
  self->n_listed = MIN (serving->len, N_LISTED_AT_ONCE);
  g_list_store_splice (model, 0, 0, serving->pdata, self->n_listed);
  self->listed_anew = TRUE;
}

/* The ideas that serve after a step (@serving, taken): the list changes
 * where they differ from those it had, and keeps the rows of the others. */
static void
list_changes (ChPersonaEvidence *self,
              GPtrArray         *serving)
{
  GPtrArray *old = self->serving;
  guint start = 0;
  guint old_end = old->len;
  guint new_end = serving->len;

  /* Both in the project's order: what differs is between what they
   * start and end with. */
  while (start < old_end && start < new_end && old->pdata[start] == serving->pdata[start])
    start++;
  while (old_end > start && new_end > start &&
         old->pdata[old_end - 1] == serving->pdata[new_end - 1])
    {
      old_end--;
      new_end--;
    }

  /* A few, all listed (a link made or undone): in place. Those after
   * them are listed the same in both. */
  if (old_end <= self->n_listed &&
      old_end - start <= N_CHANGED_IN_PLACE && new_end - start <= N_CHANGED_IN_PLACE)
    {
      g_list_store_splice (self->idea_models[self->shown], start, old_end - start,
                           serving->pdata + start, new_end - start);
      self->n_listed = self->n_listed - (old_end - start) + (new_end - start);
      take_serving (self, serving);
    }
  /* More, or some listed and some not yet: listed again. */
  else if (self->n_listed > start)
    list_anew (self, serving);
  /* None listed yet: they will be as they are now. */
  else
    take_serving (self, serving);
}

static void
refresh (ChPersonaEvidence *self,
         Refresh            what)
{
  g_autoptr(GPtrArray) serving = NULL;

  if (what & REFRESH_IDEAS_ANEW)
    what |= REFRESH_IDEAS;

  if (what & REFRESH_PARTICIPANTS)
    {
      gtk_filter_changed (GTK_FILTER (self->participant_filter), GTK_FILTER_CHANGE_DIFFERENT);
      what |= REFRESH_CONTRIBUTIONS;
    }

  serving = look_through_ideas (self, what);

  if (what & REFRESH_IDEAS)
    {
      if (what & REFRESH_IDEAS_ANEW)
        list_anew (self, g_steal_pointer (&serving));
      else
        list_changes (self, g_steal_pointer (&serving));
      update_ideas_summary (self);
      queue_tick (self);
    }

  if (what & REFRESH_CONTRIBUTIONS)
    update_participant_rows (self);
}

static gboolean
refresh_cb (gpointer user_data)
{
  ChPersonaEvidence *self = user_data;
  Refresh what = self->pending;

  self->refresh_source = 0;
  self->pending = 0;
  self->n_splices = 0;
  if (what != 0)
    refresh (self, what);

  return G_SOURCE_REMOVE;
}

/* Once per main loop turn however many changed, and before the next
 * frame is drawn (GTK draws at a lower priority): the evidence is never
 * drawn as it was before a step. */
static void
queue_refresh (ChPersonaEvidence *self,
               Refresh            what)
{
  self->pending |= what;

  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_cb, self, NULL);
}

/* A step changed these ideas: their glances anew, compared with the old
 * ones; as cheap as can be for ideas that do not matter. */
static void
project_ideas_changed_cb (ChPersonaEvidence *self,
                          GPtrArray         *ideas,
                          ChProject         *project)
{
  g_autoptr(GHashTable) changed = NULL;
  Refresh what = 0;
  guint n_found = 0;

  if (self->glances == NULL)
    {
      queue_refresh (self, REFRESH_IDEAS | REFRESH_CONTRIBUTIONS);
      return;
    }

  if (ideas->len <= N_LOOKED_FOR)
    {
      for (guint i = 0; i < ideas->len; i++)
        for (guint j = 0; j < self->glances->len; j++)
          {
            Glance *glance = &g_array_index (self->glances, Glance, j);

            if (glance->idea == g_ptr_array_index (ideas, i))
              {
                what |= update_glance (self, glance);
                n_found++;
                break;
              }
          }
    }
  else
    {
      changed = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < ideas->len; i++)
        g_hash_table_add (changed, g_ptr_array_index (ideas, i));

      for (guint j = 0; j < self->glances->len && n_found < ideas->len; j++)
        {
          Glance *glance = &g_array_index (self->glances, Glance, j);

          if (g_hash_table_contains (changed, glance->idea))
            {
              what |= update_glance (self, glance);
              n_found++;
            }
        }
    }

  /* The signal names ideas in the project, which the glances follow; if
   * ever not, they are made again. */
  if (n_found < ideas->len)
    {
      g_clear_pointer (&self->glances, g_array_unref);
      what = REFRESH_IDEAS | REFRESH_CONTRIBUTIONS;
    }

  if (what != 0)
    queue_refresh (self, what);
}

/* Ideas added to the project or removed (a step, an import): the
 * glances follow, and tell whether those ideas mattered. */
static void
ideas_changed_cb (GListModel        *ideas,
                  guint              position,
                  guint              removed,
                  guint              added,
                  ChPersonaEvidence *self)
{
  Refresh what = 0;

  if (self->glances != NULL && ++self->n_splices > N_SPLICES_A_TURN)
    g_clear_pointer (&self->glances, g_array_unref);

  if (self->glances == NULL)
    {
      /* Made again, in one pass, when the evidence is worked out next. */
      queue_refresh (self, REFRESH_IDEAS | REFRESH_CONTRIBUTIONS);
      return;
    }

  for (guint i = position; i < position + removed; i++)
    what |= glance_matters (self, g_array_index (self->glances, Glance, i).people);
  g_array_remove_range (self->glances, position, removed);

  if (added > 0)
    {
      g_autofree Glance *glances = g_new (Glance, added);

      for (guint i = 0; i < added; i++)
        {
          glances[i].idea = g_list_model_get_item (ideas, position + i);
          g_object_unref (glances[i].idea);
          glances[i].people = glance_at (glances[i].idea);
          what |= glance_matters (self, glances[i].people);
        }
      g_array_insert_vals (self->glances, position, glances, added);
    }

  /* Even for none that mattered: the turn's count of changes ends. */
  queue_refresh (self, what);
}

static void
participant_notify_cb (ChParticipant     *participant,
                       GParamSpec        *pspec,
                       ChPersonaEvidence *self)
{
  queue_refresh (self, REFRESH_PARTICIPANTS);
}

static void
watch_participants (ChPersonaEvidence *self,
                    GListModel        *participants,
                    guint              position,
                    guint              n_items)
{
  for (guint i = position; i < position + n_items; i++)
    {
      ChParticipant *participant = g_list_model_get_item (participants, i);

      g_signal_connect (participant, "notify", G_CALLBACK (participant_notify_cb), self);
      g_ptr_array_add (self->watched, participant);
    }
}

/* Participants who go stay watched (and alive) until the evidence is
 * hidden: the model no longer says which they were. */
static void
participants_changed_cb (GListModel        *participants,
                         guint              position,
                         guint              removed,
                         guint              added,
                         ChPersonaEvidence *self)
{
  watch_participants (self, participants, position, added);
  queue_refresh (self, REFRESH_CONTRIBUTIONS);
}

static void
start_watching (ChPersonaEvidence *self)
{
  GListModel *ideas;
  GListModel *participants;

  if (self->watching || self->project == NULL)
    return;

  self->watching = TRUE;

  ideas = ch_project_get_ideas (self->project);
  participants = ch_project_get_participants (self->project);

  g_signal_connect_object (self->project, "ideas-changed", G_CALLBACK (project_ideas_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (ideas, "items-changed", G_CALLBACK (ideas_changed_cb), self, 0);
  watch_participants (self, participants, 0, g_list_model_get_n_items (participants));
  g_signal_connect_object (participants, "items-changed", G_CALLBACK (participants_changed_cb),
                           self, 0);

  /* The participants' filter runs over them here; the glances are made
   * in the first pass over the ideas, next. */
  gtk_filter_list_model_set_model (self->participant_model, participants);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->pending = 0;
  refresh (self, REFRESH_IDEAS_ANEW | REFRESH_CONTRIBUTIONS);
}

static void
stop_watching (ChPersonaEvidence *self)
{
  if (!self->watching)
    return;

  self->watching = FALSE;

  g_signal_handlers_disconnect_by_data (self->project, self);
  g_signal_handlers_disconnect_by_data (ch_project_get_ideas (self->project), self);
  g_signal_handlers_disconnect_by_data (ch_project_get_participants (self->project), self);
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->pending = 0;
  self->n_splices = 0;
  g_clear_pointer (&self->glances, g_array_unref);

  g_list_store_remove_all (self->idea_models[0]);
  g_list_store_remove_all (self->idea_models[1]);
  g_ptr_array_set_size (self->serving, 0);
  self->n_listed = 0;
  self->listed_anew = FALSE;
  queue_tick (self);
  update_ideas_summary (self);

  gtk_filter_list_model_set_model (self->participant_model, NULL);
  g_hash_table_remove_all (self->contributions);
  g_hash_table_remove_all (self->titled);
}

static void
idea_activated_cb (ChPersonaEvidence *self,
                   guint              position,
                   GtkListView       *list_view)
{
  /* Of whichever of the two lists it is. */
  GListModel *ideas = G_LIST_MODEL (gtk_list_view_get_model (list_view));
  g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, position);

  if (idea != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "view.show-idea", "s",
                                ch_entity_get_id (CH_ENTITY (idea)));
}

static void
participant_activated_cb (ChPersonaEvidence *self,
                          GtkListBoxRow     *row,
                          GtkListBox        *list_box)
{
  ChParticipant *participant = g_object_get_data (G_OBJECT (row), "participant");

  if (participant != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "view.show-participant", "s",
                                ch_entity_get_id (CH_ENTITY (participant)));
}

static void
ch_persona_evidence_map (GtkWidget *widget)
{
  ChPersonaEvidence *self = CH_PERSONA_EVIDENCE (widget);

  start_watching (self);

  GTK_WIDGET_CLASS (ch_persona_evidence_parent_class)->map (widget);
}

static void
ch_persona_evidence_unmap (GtkWidget *widget)
{
  ChPersonaEvidence *self = CH_PERSONA_EVIDENCE (widget);

  GTK_WIDGET_CLASS (ch_persona_evidence_parent_class)->unmap (widget);

  stop_watching (self);
}

static void
ch_persona_evidence_dispose (GObject *object)
{
  ChPersonaEvidence *self = CH_PERSONA_EVIDENCE (object);

  stop_watching (self);
  g_clear_object (&self->project);
  g_clear_object (&self->persona);

  if (self->participants_list != NULL)
    gtk_list_box_bind_model (self->participants_list, NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_PERSONA_EVIDENCE);

  g_clear_object (&self->participant_model);

  G_OBJECT_CLASS (ch_persona_evidence_parent_class)->dispose (object);
}

static void
ch_persona_evidence_finalize (GObject *object)
{
  ChPersonaEvidence *self = CH_PERSONA_EVIDENCE (object);

  g_clear_pointer (&self->watched, g_ptr_array_unref);
  g_clear_pointer (&self->serving, g_ptr_array_unref);
  g_clear_pointer (&self->contributions, g_hash_table_unref);
  g_clear_pointer (&self->titled, g_hash_table_unref);

  G_OBJECT_CLASS (ch_persona_evidence_parent_class)->finalize (object);
}

static void
ch_persona_evidence_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ChPersonaEvidence *self = CH_PERSONA_EVIDENCE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_PERSONA:
      g_value_set_object (value, self->persona);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_persona_evidence_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ChPersonaEvidence *self = CH_PERSONA_EVIDENCE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      ch_persona_evidence_set_project (self, g_value_get_object (value));
      break;

    case PROP_PERSONA:
      ch_persona_evidence_set_persona (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_persona_evidence_class_init (ChPersonaEvidenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_persona_evidence_dispose;
  object_class->finalize = ch_persona_evidence_finalize;
  object_class->get_property = ch_persona_evidence_get_property;
  object_class->set_property = ch_persona_evidence_set_property;

  widget_class->map = ch_persona_evidence_map;
  widget_class->unmap = ch_persona_evidence_unmap;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         CH_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSONA] =
    g_param_spec_object ("persona", NULL, NULL,
                         CH_TYPE_PERSONA,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The lists' stores hold ideas (their item-type in the template). */
  g_type_ensure (CH_TYPE_IDEA);
  g_type_ensure (CH_TYPE_PERSONA_IDEA_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-persona-evidence.ui");
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEvidence, content);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEvidence, ideas_group);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEvidence, no_ideas_box);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEvidence, participants_list);
  /* The two lists, the same but for their names, by turns. */
  gtk_widget_class_bind_template_child_full (widget_class, "ideas_window", FALSE,
                                             G_STRUCT_OFFSET (ChPersonaEvidence,
                                                              ideas_windows[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "other_ideas_window", FALSE,
                                             G_STRUCT_OFFSET (ChPersonaEvidence,
                                                              ideas_windows[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "idea_model", FALSE,
                                             G_STRUCT_OFFSET (ChPersonaEvidence, idea_models[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "other_idea_model", FALSE,
                                             G_STRUCT_OFFSET (ChPersonaEvidence, idea_models[1]));
  gtk_widget_class_bind_template_callback (widget_class, idea_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, participant_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ch_persona_evidence_init (ChPersonaEvidence *self)
{
  GtkWidget *placeholder;

  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  self->serving = g_ptr_array_new_with_free_func (g_object_unref);
  self->contributions = g_hash_table_new_full (NULL, NULL, NULL, contribution_free);
  self->titled = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  update_ideas_summary (self);

  self->participant_filter = gtk_custom_filter_new (stands_for_persona, self, NULL);
  self->participant_model = gtk_filter_list_model_new (NULL,
                                                       GTK_FILTER (self->participant_filter));
  gtk_list_box_bind_model (self->participants_list, G_LIST_MODEL (self->participant_model),
                           create_participant_row, self, NULL);

  placeholder = gtk_label_new (_("Nobody in the room stands for this persona yet. "
                                 "Choose it on the Participants page."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (placeholder), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (GTK_LABEL (placeholder), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (self->participants_list, placeholder);
}

/**
 * ch_persona_evidence_get_project:
 *
 * Returns: (transfer none) (nullable): the project whose ideas and
 *   participants are looked through
 */
ChProject *
ch_persona_evidence_get_project (ChPersonaEvidence *self)
{
  g_return_val_if_fail (CH_IS_PERSONA_EVIDENCE (self), NULL);

  return self->project;
}

void
ch_persona_evidence_set_project (ChPersonaEvidence *self,
                                 ChProject         *project)
{
  gboolean watching;

  g_return_if_fail (CH_IS_PERSONA_EVIDENCE (self));
  g_return_if_fail (project == NULL || CH_IS_PROJECT (project));

  if (self->project == project)
    return;

  watching = self->watching;
  stop_watching (self);
  g_set_object (&self->project, project);
  if (watching)
    start_watching (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * ch_persona_evidence_get_persona:
 *
 * Returns: (transfer none) (nullable): the persona whose evidence is shown
 */
ChPersona *
ch_persona_evidence_get_persona (ChPersonaEvidence *self)
{
  g_return_val_if_fail (CH_IS_PERSONA_EVIDENCE (self), NULL);

  return self->persona;
}

void
ch_persona_evidence_set_persona (ChPersonaEvidence *self,
                                 ChPersona         *persona)
{
  g_return_if_fail (CH_IS_PERSONA_EVIDENCE (self));
  g_return_if_fail (persona == NULL || CH_IS_PERSONA (persona));

  if (!g_set_object (&self->persona, persona))
    return;

  self->persona_quark = persona != NULL ? g_quark_from_string (get_persona_id (self)) : 0;

  /* At once: the pane shows the new persona's evidence in its first frame. */
  if (self->watching)
    {
      g_clear_handle_id (&self->refresh_source, g_source_remove);
      self->pending = 0;
      self->n_splices = 0;
      refresh (self, REFRESH_ALL);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSONA]);
}
