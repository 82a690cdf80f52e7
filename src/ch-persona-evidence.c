/* ch-persona-evidence.c: what backs a persona: the ideas that serve it and
 * the participants who stand for it
 *
 * The evidence is worked out when it is shown, and kept up to date only
 * while it is: hidden, its lists have no model and cost nothing. A
 * project may hold 100 000 ideas, and there is no handler on each: the
 * evidence learns which ideas each step changed (done, undone, redone or
 * imported) from ChProject::ideas-changed, and of the participants, who
 * are few, from each of them. The signal does not say what changed: the
 * evidence keeps the ideas it lists, and those the participants' rows
 * count (with who of them contributed each) or name, and compares. Only
 * when an idea came to serve the persona or stopped are the ideas
 * filtered again (some 50 ms for 100 000), and only when a row's count
 * or titles may differ are they counted again; once per main loop turn,
 * however many changed.
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

typedef enum {
  /* Ideas may have stopped serving the persona, or come to. */
  REFRESH_IDEAS_GONE    = 1 << 0,
  REFRESH_IDEAS_COME    = 1 << 1,
  REFRESH_IDEAS         = REFRESH_IDEAS_GONE | REFRESH_IDEAS_COME,
  REFRESH_PARTICIPANTS  = 1 << 2,
  REFRESH_CONTRIBUTIONS = 1 << 3,
  REFRESH_ALL           = REFRESH_IDEAS | REFRESH_PARTICIPANTS | REFRESH_CONTRIBUTIONS,
} Refresh;

/* What one participant who stands for the persona contributed. */
typedef struct
{
  guint      n_ideas;
  GPtrArray *titles;
} Contribution;

struct _ChPersonaEvidence
{
  GtkWidget            parent_instance;

  ChProject           *project;
  ChPersona           *persona;

  /* While shown: the participants watched (a reference each), and what
   * is to be brought up to date at the next turn. */
  GPtrArray           *watched;
  gboolean             watching;
  Refresh              pending;
  guint                refresh_source;

  /* Participant id → Contribution, for those who stand for the persona */
  GHashTable          *contributions;

  /* What a step's changes are compared with, for the ideas (borrowed)
   * that matter: those listed (by filter_idea(); those removed since stay
   * until another idea takes their place); those the participants' rows
   * count, with the ids of who of them contributed each, one a line; and
   * those whose titles the rows show, with the title. */
  GHashTable          *serving;
  GHashTable          *counted;
  GHashTable          *titled;

  GtkCustomFilter     *idea_filter;
  GtkCustomFilter     *participant_filter;
  GtkFilterListModel  *participant_model;

  /* Template widgets */
  GtkWidget           *content;
  AdwPreferencesGroup *ideas_group;
  GtkWidget           *no_ideas_box;
  GtkScrolledWindow   *ideas_window;
  GtkListView         *ideas_view;
  GtkFilterListModel  *idea_model;
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

static const char *
get_persona_id (ChPersonaEvidence *self)
{
  return self->persona != NULL ? ch_entity_get_id (CH_ENTITY (self->persona)) : NULL;
}

static gboolean
serves_persona (gpointer item,
                gpointer user_data)
{
  ChPersonaEvidence *self = user_data;
  const char * const *personas = ch_idea_get_personas (item);
  const char *persona_id = get_persona_id (self);

  return persona_id != NULL && personas != NULL && g_strv_contains (personas, persona_id);
}

/* The list's filter: it keeps which ideas it let through, for a step's
 * changes to be compared with (no pass of its own over them: asking a
 * filtered list for each of its items costs more than filtering). */
static gboolean
filter_idea (gpointer item,
             gpointer user_data)
{
  ChPersonaEvidence *self = user_data;
  gboolean serves = serves_persona (item, self);

  if (serves)
    g_hash_table_add (self->serving, item);
  else
    g_hash_table_remove (self->serving, item);

  return serves;
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

/* The ids of the participants the rows count who contributed @idea, one
 * a line, or %NULL for none. */
static char *
list_counted (ChPersonaEvidence *self,
              ChIdea            *idea)
{
  GPtrArray *contributors = ch_idea_get_contributors (idea);
  GString *ids = NULL;

  if (g_hash_table_size (self->contributions) == 0)
    return NULL;

  for (guint i = 0; contributors != NULL && i < contributors->len; i++)
    {
      ChContributor *contributor = g_ptr_array_index (contributors, i);

      if (contributor->participant_id == NULL ||
          !g_hash_table_contains (self->contributions, contributor->participant_id))
        continue;

      if (ids == NULL)
        ids = g_string_new (NULL);
      else
        g_string_append_c (ids, '\n');
      g_string_append (ids, contributor->participant_id);
    }

  return ids != NULL ? g_string_free (ids, FALSE) : NULL;
}

/* One pass over the ideas for all the participants who stand for the
 * persona: usually a handful, or none, and then no pass at all. */
static void
count_contributions (ChPersonaEvidence *self)
{
  GListModel *participants = G_LIST_MODEL (self->participant_model);
  GListModel *ideas;
  guint n_ideas;

  g_hash_table_remove_all (self->contributions);
  g_hash_table_remove_all (self->counted);
  g_hash_table_remove_all (self->titled);

  if (self->project == NULL || g_list_model_get_n_items (participants) == 0)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(ChEntity) participant = g_list_model_get_item (participants, i);
      Contribution *contribution = g_new0 (Contribution, 1);

      contribution->titles = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (self->contributions, g_strdup (ch_entity_get_id (participant)),
                           contribution);
    }

  ideas = ch_project_get_ideas (self->project);
  n_ideas = g_list_model_get_n_items (ideas);
  for (guint i = 0; i < n_ideas; i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, i);
      GPtrArray *contributors = ch_idea_get_contributors (idea);
      GString *counted_ids = NULL;

      for (guint j = 0; contributors != NULL && j < contributors->len; j++)
        {
          ChContributor *contributor = g_ptr_array_index (contributors, j);
          Contribution *contribution;

          if (contributor->participant_id == NULL)
            continue;

          contribution = g_hash_table_lookup (self->contributions, contributor->participant_id);
          if (contribution == NULL)
            continue;

          contribution->n_ideas++;
          if (contribution->titles->len < N_TITLES)
            {
              g_ptr_array_add (contribution->titles, g_strdup (ch_idea_get_title (idea)));
              g_hash_table_insert (self->titled, idea, g_strdup (ch_idea_get_title (idea)));
            }

          /* As list_counted() says them. */
          if (counted_ids == NULL)
            counted_ids = g_string_new (NULL);
          else
            g_string_append_c (counted_ids, '\n');
          g_string_append (counted_ids, contributor->participant_id);
        }

      /* Still in the project's list, which holds it. */
      if (counted_ids != NULL)
        g_hash_table_insert (self->counted, idea, g_string_free (counted_ids, FALSE));
    }
}

/* "Bakery Co-op · Customer", then what they contributed. */
static char *
describe_participant (ChPersonaEvidence *self,
                      ChParticipant     *participant)
{
  Contribution *contribution = g_hash_table_lookup (self->contributions,
                                                    ch_entity_get_id (CH_ENTITY (participant)));
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
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  g_object_set_data_full (G_OBJECT (row), "participant", g_object_ref (item), g_object_unref);
  update_participant_row (self, ADW_ACTION_ROW (row));

  return row;
}

static void
update_ideas_summary (ChPersonaEvidence *self)
{
  guint n_ideas = g_list_model_get_n_items (G_LIST_MODEL (self->idea_model));
  g_autofree char *title = NULL;

  /* Translators: the heading of the ideas linked to a persona */
  title = g_strdup_printf (ngettext ("Serves %u idea", "Serves %u ideas", n_ideas), n_ideas);
  adw_preferences_group_set_title (self->ideas_group, title);

  gtk_widget_set_visible (self->no_ideas_box, n_ideas == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->ideas_window), n_ideas > 0);

  /* A list view asks for the height of the rows it has made, and makes
   * the rows of the height it is given: a first few are asked for here,
   * the rest scroll. */
  gtk_scrolled_window_set_min_content_height (self->ideas_window,
                                              MIN (n_ideas, N_ROWS_SHOWN) * ROW_HEIGHT);
}

static void
refresh (ChPersonaEvidence *self,
         Refresh            what)
{

  if (what & REFRESH_PARTICIPANTS)
    {
      gtk_filter_changed (GTK_FILTER (self->participant_filter), GTK_FILTER_CHANGE_DIFFERENT);
      what |= REFRESH_CONTRIBUTIONS;
    }

  /* Ideas that stopped serving are among those listed; those that came
   * to, among the others. */
  if ((what & REFRESH_IDEAS) == REFRESH_IDEAS)
    gtk_filter_changed (GTK_FILTER (self->idea_filter), GTK_FILTER_CHANGE_DIFFERENT);
  else if (what & REFRESH_IDEAS_GONE)
    gtk_filter_changed (GTK_FILTER (self->idea_filter), GTK_FILTER_CHANGE_MORE_STRICT);
  else if (what & REFRESH_IDEAS_COME)
    gtk_filter_changed (GTK_FILTER (self->idea_filter), GTK_FILTER_CHANGE_LESS_STRICT);

  if (what & REFRESH_CONTRIBUTIONS)
    {
      count_contributions (self);
      update_participant_rows (self);
    }
}

static gboolean
refresh_cb (gpointer user_data)
{
  ChPersonaEvidence *self = user_data;
  Refresh what = self->pending;

  self->refresh_source = 0;
  self->pending = 0;
  refresh (self, what);

  return G_SOURCE_REMOVE;
}

static void
queue_refresh (ChPersonaEvidence *self,
               Refresh            what)
{
  self->pending |= what;

  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_cb, self);
}

/* A step changed these ideas: as cheap as can be for those that do not
 * matter. */
static void
project_ideas_changed_cb (ChPersonaEvidence *self,
                          GPtrArray         *ideas,
                          ChProject         *project)
{
  Refresh what = 0;

  for (guint i = 0; i < ideas->len; i++)
    {
      ChIdea *idea = g_ptr_array_index (ideas, i);
      g_autofree char *counted_ids = list_counted (self, idea);
      const char *title = g_hash_table_lookup (self->titled, idea);
      gboolean listed = g_hash_table_contains (self->serving, idea);

      if (serves_persona (idea, self) != listed)
        what |= listed ? REFRESH_IDEAS_GONE : REFRESH_IDEAS_COME;

      if (g_strcmp0 (counted_ids, g_hash_table_lookup (self->counted, idea)) != 0 ||
          (title != NULL && !g_str_equal (title, ch_idea_get_title (idea))))
        what |= REFRESH_CONTRIBUTIONS;
    }

  if (what != 0)
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

/* The filter model sees to the ideas that come and go; the participants'
 * rows count theirs again. */
static void
ideas_changed_cb (ChPersonaEvidence *self)
{
  queue_refresh (self, REFRESH_CONTRIBUTIONS);
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
  g_signal_connect_object (ideas, "items-changed", G_CALLBACK (ideas_changed_cb), self,
                           G_CONNECT_SWAPPED);
  watch_participants (self, participants, 0, g_list_model_get_n_items (participants));
  g_signal_connect_object (participants, "items-changed", G_CALLBACK (participants_changed_cb),
                           self, 0);

  /* The filters run over the whole collections here, once. */
  gtk_filter_list_model_set_model (self->participant_model, participants);
  gtk_filter_list_model_set_model (self->idea_model, ideas);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->pending = 0;
  refresh (self, REFRESH_CONTRIBUTIONS);
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

  gtk_filter_list_model_set_model (self->idea_model, NULL);
  gtk_filter_list_model_set_model (self->participant_model, NULL);
  g_hash_table_remove_all (self->serving);
  g_hash_table_remove_all (self->contributions);
  g_hash_table_remove_all (self->counted);
  g_hash_table_remove_all (self->titled);
}

static void
idea_activated_cb (ChPersonaEvidence *self,
                   guint              position,
                   GtkListView       *list_view)
{
  g_autoptr(ChIdea) idea = g_list_model_get_item (G_LIST_MODEL (self->idea_model), position);

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
  g_clear_pointer (&self->contributions, g_hash_table_unref);
  g_clear_pointer (&self->serving, g_hash_table_unref);
  g_clear_pointer (&self->counted, g_hash_table_unref);
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

  g_type_ensure (CH_TYPE_PERSONA_IDEA_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-persona-evidence.ui");
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEvidence, content);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEvidence, ideas_group);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEvidence, no_ideas_box);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEvidence, ideas_window);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEvidence, ideas_view);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEvidence, idea_model);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaEvidence, participants_list);
  gtk_widget_class_bind_template_callback (widget_class, idea_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, participant_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ch_persona_evidence_init (ChPersonaEvidence *self)
{
  GtkWidget *placeholder;

  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  self->contributions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               contribution_free);
  self->serving = g_hash_table_new (NULL, NULL);
  self->counted = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->titled = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->idea_filter = gtk_custom_filter_new (filter_idea, self, NULL);
  gtk_filter_list_model_set_filter (self->idea_model, GTK_FILTER (self->idea_filter));
  g_object_unref (self->idea_filter);
  g_signal_connect_object (self->idea_model, "items-changed",
                           G_CALLBACK (update_ideas_summary), self, G_CONNECT_SWAPPED);
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

  /* At once: the pane shows the new persona's evidence in its first frame. */
  if (self->watching)
    {
      g_clear_handle_id (&self->refresh_source, g_source_remove);
      self->pending = 0;
      refresh (self, REFRESH_ALL);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSONA]);
}
