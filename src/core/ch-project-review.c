/* ch-project-review.c: dot voting, the review of clusters and closing
 * the loop, the part of ChProject that converges on decisions
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A voting round gives each participant a budget of dots, with optional
 * rules: at most so many dots on one idea, none on one's own ideas. The
 * facilitator records the dots; the rules are kept here, in the one
 * write path, so that no view, script or import-free path can break
 * them. The round's state and rules are the project file's (a row of
 * the store); the dots are the ideas' votes, one per participant, which
 * the workshop file carries.
 *
 * In an anonymous session the ideas have no contributor, so the rule on
 * one's own ideas cannot apply to them; the dots are still kept per
 * participant (so that budgets hold), and views show only their totals.
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

static const ChVote *
find_vote (ChIdea     *idea,
           const char *participant_id)
{
  GPtrArray *votes = ch_idea_get_votes (idea);

  for (guint i = 0; votes != NULL && i < votes->len; i++)
    {
      const ChVote *vote = g_ptr_array_index (votes, i);

      if (g_strcmp0 (vote->participant_id, participant_id) == 0)
        return vote;
    }

  return NULL;
}

static gboolean
has_contributed (ChIdea     *idea,
                 const char *participant_id)
{
  GPtrArray *contributors = ch_idea_get_contributors (idea);

  for (guint i = 0; contributors != NULL && i < contributors->len; i++)
    {
      const ChContributor *contributor = g_ptr_array_index (contributors, i);

      if (g_strcmp0 (contributor->participant_id, participant_id) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_decided (ChIdea *idea)
{
  switch (ch_idea_get_status (idea))
    {
    case CH_IDEA_STATUS_ACCEPTED:
    case CH_IDEA_STATUS_PARKED:
    case CH_IDEA_STATUS_DONE:
      return TRUE;

    case CH_IDEA_STATUS_NEW:
    case CH_IDEA_STATUS_SHORTLISTED:
    default:
      return FALSE;
    }
}

/* The board's order: clusters by position, Unsorted after them, ideas by
 * position inside; then by title and id, so that no two ideas are equal. */
static int
compare_board_order (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  ChProject *self = user_data;
  ChIdea *ia = CH_IDEA ((gpointer)a);
  ChIdea *ib = CH_IDEA ((gpointer)b);
  const char *cluster_a = ch_idea_get_cluster_id (ia);
  const char *cluster_b = ch_idea_get_cluster_id (ib);
  int order;

  if (cluster_a != cluster_b)
    {
      ChEntity *ca = ch_project_lookup (self, CH_TYPE_CLUSTER, cluster_a);
      ChEntity *cb = ch_project_lookup (self, CH_TYPE_CLUSTER, cluster_b);
      gint64 pa = ca ? ch_cluster_get_position (CH_CLUSTER (ca)) : G_MAXINT64;
      gint64 pb = cb ? ch_cluster_get_position (CH_CLUSTER (cb)) : G_MAXINT64;

      if (pa != pb)
        return pa < pb ? -1 : 1;
      if ((order = g_strcmp0 (cluster_a, cluster_b)) != 0)
        return order;
    }

  if (ch_idea_get_position (ia) != ch_idea_get_position (ib))
    return ch_idea_get_position (ia) < ch_idea_get_position (ib) ? -1 : 1;

  if ((order = g_utf8_collate (ch_idea_get_title (ia), ch_idea_get_title (ib))) != 0)
    return order;

  return strcmp (ch_entity_get_id (CH_ENTITY (ia)), ch_entity_get_id (CH_ENTITY (ib)));
}

static int
compare_ideas_in_board_order (gconstpointer a,
                              gconstpointer b,
                              gpointer      user_data)
{
  return compare_board_order (*(gconstpointer *)a, *(gconstpointer *)b, user_data);
}

static int
compare_cluster_order (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  ChCluster *ca = CH_CLUSTER ((gpointer)a);
  ChCluster *cb = CH_CLUSTER ((gpointer)b);
  int order;

  if (ch_cluster_get_position (ca) != ch_cluster_get_position (cb))
    return ch_cluster_get_position (ca) < ch_cluster_get_position (cb) ? -1 : 1;

  if ((order = g_utf8_collate (ch_cluster_get_name (ca), ch_cluster_get_name (cb))) != 0)
    return order;

  return strcmp (ch_entity_get_id (CH_ENTITY (ca)), ch_entity_get_id (CH_ENTITY (cb)));
}

static gboolean
check_voting_open (ChProject  *self,
                   GError    **error)
{
  switch (ch_project_get_voting_state (self))
    {
    case CH_VOTING_STATE_OPEN:
      return TRUE;

    case CH_VOTING_STATE_ENDED:
      g_set_error_literal (error, CH_PROJECT_ERROR, CH_PROJECT_ERROR_VOTING_CLOSED,
                           _("The voting round has ended: its dots can no longer change."));
      return FALSE;

    case CH_VOTING_STATE_NONE:
    default:
      g_set_error_literal (error, CH_PROJECT_ERROR, CH_PROJECT_ERROR_VOTING_CLOSED,
                           _("No voting round is open: start one to record dots."));
      return FALSE;
    }
}

/* Puts one dot more (@add) or one less on @idea for @participant, after
 * checking the round's rules. */
static gboolean
change_dots (ChProject      *self,
             ChIdea         *idea,
             ChParticipant  *participant,
             gboolean        add,
             GError        **error)
{
  const ChStoreVoting *voting = ch_project_get_voting (self);
  const char *participant_id = ch_entity_get_id (CH_ENTITY (participant));
  const char *name = ch_participant_get_name (participant);
  g_autoptr(ChProjectEdit) edit = NULL;
  g_autoptr(GPtrArray) votes = NULL;
  g_autofree char *title = NULL;
  g_autofree char *label = NULL;
  const ChVote *vote;
  GPtrArray *old_votes;
  int dots;

  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (CH_IS_IDEA (idea) && is_live (self, idea), FALSE);
  g_return_val_if_fail (CH_IS_PARTICIPANT (participant) && is_live (self, participant), FALSE);

  if (!check_voting_open (self, error))
    return FALSE;

  title = ch_project_dup_label_name (CH_ENTITY (idea));
  vote = find_vote (idea, participant_id);
  dots = vote ? vote->dots : 0;

  if (add)
    {
      int used = ch_project_get_dots_used (self, participant_id);

      if (voting->no_own_ideas && has_contributed (idea, participant_id))
        {
          g_set_error (error, CH_PROJECT_ERROR, CH_PROJECT_ERROR_OWN_IDEA,
                       _("%s contributed “%s”: in this round no one votes on their own ideas."),
                       name, title);
          return FALSE;
        }

      if (voting->max_per_idea > 0 && dots >= voting->max_per_idea)
        {
          g_set_error (error, CH_PROJECT_ERROR, CH_PROJECT_ERROR_VOTE_LIMIT,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "%s has put %d dot on “%s”, the most one idea may get "
                                    "from one participant.",
                                    "%s has put %d dots on “%s”, the most one idea may get "
                                    "from one participant.",
                                    dots),
                       name, dots, title);
          return FALSE;
        }

      if (used >= voting->budget || dots >= CH_VOTING_MAX_DOTS)
        {
          g_set_error (error, CH_PROJECT_ERROR, CH_PROJECT_ERROR_VOTE_BUDGET,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "%s has used their %d dot: remove one to vote elsewhere.",
                                    "%s has used all %d of their dots: remove one to vote "
                                    "elsewhere.",
                                    voting->budget),
                       name, voting->budget);
          return FALSE;
        }

      dots++;
    }
  else
    {
      if (dots == 0)
        {
          g_set_error (error, CH_PROJECT_ERROR, CH_PROJECT_ERROR_NO_DOT,
                       _("%s has no dot on “%s”."), name, title);
          return FALSE;
        }

      dots--;
    }

  /* The votes in their order; a participant's is added at the end and
   * goes when it has no dot left. */
  old_votes = ch_idea_get_votes (idea);
  votes = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_vote_free);
  for (guint i = 0; old_votes != NULL && i < old_votes->len; i++)
    {
      const ChVote *old = g_ptr_array_index (old_votes, i);

      if (old != vote)
        g_ptr_array_add (votes, ch_vote_copy (old));
      else if (dots > 0)
        g_ptr_array_add (votes, ch_vote_new (participant_id, dots));
    }
  if (vote == NULL)
    g_ptr_array_add (votes, ch_vote_new (participant_id, dots));

  edit = ch_project_edit_new (self);
  g_object_set (ch_project_edit_change (edit, CH_ENTITY (idea)), "votes", votes, NULL);

  if (add)
    /* Translators: undoing or redoing a vote; %s is an idea's title */
    label = g_strdup_printf (_("Add a dot to “%s”"), title);
  else
    /* Translators: undoing or redoing a vote; %s is an idea's title */
    label = g_strdup_printf (_("Remove a dot from “%s”"), title);

  return ch_project_edit_commit (edit, label, error);
}

/**
 * ch_project_start_voting:
 * @budget: dots per participant, 1 to %CH_VOTING_MAX_DOTS
 *   (%CH_VOTING_DEFAULT_BUDGET when the facilitator does not say)
 * @max_per_idea: the most dots one participant may put on one idea, or 0
 *   for no limit but the budget
 * @flags: the round's other rules, and whether earlier dots go
 *
 * Opens a voting round, as one step. Starting a round while one is open
 * changes its rules; after an ended round it opens again. Dots already
 * on ideas count against the budgets unless %CH_VOTING_FLAGS_CLEAR_DOTS
 * removes them.
 */
gboolean
ch_project_start_voting (ChProject      *self,
                         int             budget,
                         int             max_per_idea,
                         ChVotingFlags   flags,
                         GError        **error)
{
  g_autoptr(ChProjectEdit) edit = NULL;
  ChStoreVoting voting;
  const char *label;

  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);

  if (budget < 1 || budget > CH_VOTING_MAX_DOTS)
    {
      g_set_error (error, CH_PROJECT_ERROR, CH_PROJECT_ERROR_INVALID,
                   _("A participant can have 1 to %d dots in a voting round."),
                   CH_VOTING_MAX_DOTS);
      return FALSE;
    }

  if (max_per_idea < 0 || max_per_idea > CH_VOTING_MAX_DOTS)
    {
      g_set_error (error, CH_PROJECT_ERROR, CH_PROJECT_ERROR_INVALID,
                   _("The most dots on one idea can be 1 to %d, or no limit."),
                   CH_VOTING_MAX_DOTS);
      return FALSE;
    }

  voting = *ch_project_get_voting (self);
  if (voting.state == CH_VOTING_STATE_OPEN)
    /* Translators: undoing or redoing a change of an open voting round's
     * budget or rules */
    label = _("Change voting rules");
  else
    /* Translators: undoing or redoing the start of a round of dot voting */
    label = _("Start voting");

  voting.state = CH_VOTING_STATE_OPEN;
  voting.budget = budget;
  voting.max_per_idea = max_per_idea;
  voting.no_own_ideas = (flags & CH_VOTING_FLAGS_NO_OWN_IDEAS) != 0;

  edit = ch_project_edit_new (self);
  ch_project_edit_set_voting (edit, &voting);

  if (flags & CH_VOTING_FLAGS_CLEAR_DOTS)
    {
      GListModel *ideas = ch_project_get_ideas (self);
      guint n_ideas = g_list_model_get_n_items (ideas);

      for (guint i = 0; i < n_ideas; i++)
        {
          g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, i);

          if (ch_idea_get_votes (idea) != NULL && ch_idea_get_votes (idea)->len > 0)
            g_object_set (ch_project_edit_change (edit, CH_ENTITY (idea)), "votes", NULL, NULL);
        }
    }

  return ch_project_edit_commit (edit, label, error);
}

/**
 * ch_project_end_voting:
 *
 * Ends the open voting round, as one step: its dots stay, and can no
 * longer change; the ranking is what they say.
 */
gboolean
ch_project_end_voting (ChProject  *self,
                       GError    **error)
{
  g_autoptr(ChProjectEdit) edit = NULL;
  ChStoreVoting voting;

  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);

  if (ch_project_get_voting_state (self) != CH_VOTING_STATE_OPEN)
    {
      g_set_error_literal (error, CH_PROJECT_ERROR, CH_PROJECT_ERROR_VOTING_CLOSED,
                           _("No voting round is open."));
      return FALSE;
    }

  voting = *ch_project_get_voting (self);
  voting.state = CH_VOTING_STATE_ENDED;

  edit = ch_project_edit_new (self);
  ch_project_edit_set_voting (edit, &voting);

  /* Translators: undoing or redoing the end of a round of dot voting */
  return ch_project_edit_commit (edit, _("End voting"), error);
}

/**
 * ch_project_add_dot:
 *
 * Records one dot of @participant on @idea, as one step, if the open
 * round's rules allow it; otherwise nothing changes and @error says
 * which rule: %CH_PROJECT_ERROR_VOTING_CLOSED, %CH_PROJECT_ERROR_OWN_IDEA,
 * %CH_PROJECT_ERROR_VOTE_LIMIT or %CH_PROJECT_ERROR_VOTE_BUDGET.
 */
gboolean
ch_project_add_dot (ChProject      *self,
                    ChIdea         *idea,
                    ChParticipant  *participant,
                    GError        **error)
{
  return change_dots (self, idea, participant, TRUE, error);
}

/**
 * ch_project_remove_dot:
 *
 * Takes one dot of @participant off @idea, as one step, while the round
 * is open (%CH_PROJECT_ERROR_NO_DOT when there is none).
 */
gboolean
ch_project_remove_dot (ChProject      *self,
                       ChIdea         *idea,
                       ChParticipant  *participant,
                       GError        **error)
{
  return change_dots (self, idea, participant, FALSE, error);
}

/**
 * ch_project_get_dots:
 *
 * Returns: the dots @participant has put on @idea
 */
int
ch_project_get_dots (ChProject     *self,
                     ChIdea        *idea,
                     ChParticipant *participant)
{
  const ChVote *vote;

  g_return_val_if_fail (CH_IS_PROJECT (self), 0);
  g_return_val_if_fail (CH_IS_IDEA (idea), 0);
  g_return_val_if_fail (CH_IS_PARTICIPANT (participant), 0);

  vote = find_vote (idea, ch_entity_get_id (CH_ENTITY (participant)));

  return vote != NULL ? vote->dots : 0;
}

/**
 * ch_project_get_remaining_dots:
 *
 * What is left of @participant's budget: the round's budget less the dots
 * they have on all ideas, never below 0. It can change after every step:
 * #ChProject::votes-changed says when.
 */
int
ch_project_get_remaining_dots (ChProject     *self,
                               ChParticipant *participant)
{
  int used;

  g_return_val_if_fail (CH_IS_PROJECT (self), 0);
  g_return_val_if_fail (CH_IS_PARTICIPANT (participant), 0);

  used = ch_project_get_dots_used (self, ch_entity_get_id (CH_ENTITY (participant)));

  return MAX (0, ch_project_get_vote_budget (self) - used);
}

/**
 * ch_project_rank_ideas:
 * @ideas: (nullable): ideas of the project, such as one cluster's
 *   (ch_project_get_cluster_ideas()), or %NULL for all of them
 *
 * Ranks ideas by their dots, most first. Ideas with as many dots share a
 * rank (1, 2, 2, 4) and come in the board's order: by cluster, then by
 * position, then by title.
 *
 * Returns: (transfer full) (element-type ChRank): the ranking
 */
GPtrArray *
ch_project_rank_ideas (ChProject  *self,
                       GListModel *ideas)
{
  GPtrArray *ranks;
  guint n_ideas;

  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);
  g_return_val_if_fail (ideas == NULL || G_IS_LIST_MODEL (ideas), NULL);

  if (ideas == NULL)
    ideas = ch_project_get_ideas (self);

  n_ideas = g_list_model_get_n_items (ideas);
  ranks = g_ptr_array_new_full (n_ideas, (GDestroyNotify)ch_rank_free);
  for (guint i = 0; i < n_ideas; i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, i);

      g_ptr_array_add (ranks, ch_rank_new (CH_ENTITY (idea), ch_idea_get_vote_count (idea)));
    }

  ch_ranks_sort (ranks, compare_board_order, self);

  return ranks;
}

/**
 * ch_project_rank_clusters:
 * @session_id: (nullable): the id of a session, or %NULL for all
 *
 * Ranks the clusters by the dots of their ideas, most first; clusters
 * with as many share a rank (1, 2, 2, 4) and come in the board's order.
 * With @session_id, the clusters that hold ideas of that session, by
 * the dots of those ideas.
 *
 * Returns: (transfer full) (element-type ChRank): the ranking
 */
GPtrArray *
ch_project_rank_clusters (ChProject  *self,
                          const char *session_id)
{
  g_autoptr(GPtrArray) clusters = NULL;
  GPtrArray *ranks;

  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);

  clusters = ch_project_list_clusters (self);
  ranks = g_ptr_array_new_full (clusters->len, (GDestroyNotify)ch_rank_free);
  for (guint i = 0; i < clusters->len; i++)
    {
      ChCluster *cluster = g_ptr_array_index (clusters, i);
      GListModel *ideas = ch_project_get_cluster_ideas (self, cluster);
      guint n_ideas = g_list_model_get_n_items (ideas);
      guint n_counted = 0;
      int dots = 0;

      for (guint j = 0; j < n_ideas; j++)
        {
          ChIdea *idea = ch_cluster_ideas_peek (CH_CLUSTER_IDEAS (ideas), j);

          if (session_id != NULL && g_strcmp0 (ch_idea_get_session_id (idea), session_id) != 0)
            continue;

          dots += ch_idea_get_vote_count (idea);
          n_counted++;
        }

      if (session_id == NULL || n_counted > 0)
        g_ptr_array_add (ranks, ch_rank_new (CH_ENTITY (cluster), dots));
    }

  ch_ranks_sort (ranks, compare_cluster_order, NULL);

  return ranks;
}

/* "Accept “Pay by invoice”", "Park 3 ideas". */
static char *
describe_status (ChIdeaStatus  status,
                 ChIdea       *idea,
                 guint         n)
{
  g_autofree char *title = n == 1 ? ch_project_dup_label_name (CH_ENTITY (idea)) : NULL;

  if (title != NULL && *title != '\0')
    switch (status)
      {
      case CH_IDEA_STATUS_SHORTLISTED:
        /* Translators: undoing or redoing a decision; %s is an idea's title */
        return g_strdup_printf (_("Shortlist “%s”"), title);
      case CH_IDEA_STATUS_ACCEPTED:
        /* Translators: undoing or redoing a decision; %s is an idea's title */
        return g_strdup_printf (_("Accept “%s”"), title);
      case CH_IDEA_STATUS_PARKED:
        /* Translators: undoing or redoing a decision; %s is an idea's title */
        return g_strdup_printf (_("Park “%s”"), title);
      case CH_IDEA_STATUS_DONE:
        /* Translators: undoing or redoing a decision; %s is an idea's title */
        return g_strdup_printf (_("Mark “%s” as done"), title);
      case CH_IDEA_STATUS_NEW:
      default:
        /* Translators: undoing or redoing a decision; %s is an idea's title */
        return g_strdup_printf (_("Mark “%s” as new"), title);
      }

  switch (status)
    {
    case CH_IDEA_STATUS_SHORTLISTED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Shortlist %u idea",
                                           "Shortlist %u ideas", n), n);
    case CH_IDEA_STATUS_ACCEPTED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Accept %u idea",
                                           "Accept %u ideas", n), n);
    case CH_IDEA_STATUS_PARKED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Park %u idea",
                                           "Park %u ideas", n), n);
    case CH_IDEA_STATUS_DONE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Mark %u idea as done",
                                           "Mark %u ideas as done", n), n);
    case CH_IDEA_STATUS_NEW:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Mark %u idea as new",
                                           "Mark %u ideas as new", n), n);
    }
}

/**
 * ch_project_set_status_many:
 * @ideas: (array length=n_ideas): ideas of the project
 *
 * Gives ideas one status (a decision of the review: shortlist, accept,
 * park, done), as one step.
 */
gboolean
ch_project_set_status_many (ChProject     *self,
                            ChIdea       **ideas,
                            guint          n_ideas,
                            ChIdeaStatus   status,
                            GError       **error)
{
  g_autoptr(ChProjectEdit) edit = NULL;
  g_autofree char *label = NULL;
  ChIdea *changed = NULL;
  guint n_changed = 0;

  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);
  for (guint i = 0; i < n_ideas; i++)
    g_return_val_if_fail (CH_IS_IDEA (ideas[i]) && is_live (self, ideas[i]), FALSE);

  edit = ch_project_edit_new (self);
  for (guint i = 0; i < n_ideas; i++)
    {
      ChEntity *after;

      if (ch_idea_get_status (ideas[i]) == status)
        continue;

      after = ch_project_edit_change (edit, CH_ENTITY (ideas[i]));
      if (ch_idea_get_status (CH_IDEA (after)) == status)
        continue;

      g_object_set (after, "status", status, NULL);
      changed = ideas[i];
      n_changed++;
    }

  if (n_changed == 0)
    return TRUE;

  label = describe_status (status, changed, n_changed);

  return ch_project_edit_commit (edit, label, error);
}

/* @idea's contributors, with @participant added at the end (not told
 * yet) or taken off. */
static gboolean
change_contributor (ChProject      *self,
                    ChIdea         *idea,
                    ChParticipant  *participant,
                    gboolean        add,
                    GError        **error)
{
  g_autoptr(ChProjectEdit) edit = NULL;
  g_autoptr(GPtrArray) updated = NULL;
  g_autofree char *title = NULL;
  g_autofree char *label = NULL;
  const char *participant_id;
  const char *session_id;
  ChEntity *session;
  GPtrArray *contributors;
  gboolean found = FALSE;

  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (CH_IS_IDEA (idea) && is_live (self, idea), FALSE);
  g_return_val_if_fail (CH_IS_PARTICIPANT (participant) && is_live (self, participant), FALSE);

  participant_id = ch_entity_get_id (CH_ENTITY (participant));
  title = ch_project_dup_label_name (CH_ENTITY (idea));

  session_id = ch_idea_get_session_id (idea);
  session = session_id != NULL ? ch_project_lookup (self, CH_TYPE_SESSION, session_id) : NULL;
  if (add && session != NULL && ch_session_get_anonymous (CH_SESSION (session)))
    {
      g_set_error (error, CH_PROJECT_ERROR, CH_PROJECT_ERROR_INVALID,
                   _("“%s” was captured in an anonymous session: its contributors are not "
                     "recorded."), title);
      return FALSE;
    }

  updated = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_contributor_free);
  contributors = ch_idea_get_contributors (idea);
  for (guint i = 0; contributors != NULL && i < contributors->len; i++)
    {
      const ChContributor *contributor = g_ptr_array_index (contributors, i);

      if (g_strcmp0 (contributor->participant_id, participant_id) == 0)
        found = TRUE;
      else
        g_ptr_array_add (updated, ch_contributor_copy (contributor));
    }

  /* Nothing to do. */
  if (add == found)
    return TRUE;

  if (add)
    g_ptr_array_add (updated, ch_contributor_new (participant_id, NULL));

  edit = ch_project_edit_new (self);
  g_object_set (ch_project_edit_change (edit, CH_ENTITY (idea)), "contributors", updated, NULL);

  if (add)
    /* Translators: undoing or redoing; the first %s is a participant's
     * name, the second an idea's title */
    label = g_strdup_printf (_("Add %s as contributor of “%s”"),
                             ch_participant_get_name (participant), title);
  else
    /* Translators: undoing or redoing; the first %s is a participant's
     * name, the second an idea's title */
    label = g_strdup_printf (_("Remove %s as contributor of “%s”"),
                             ch_participant_get_name (participant), title);

  return ch_project_edit_commit (edit, label, error);
}

/**
 * ch_project_add_contributor:
 *
 * Credits @participant with @idea, after its other contributors, as one
 * step; nothing changes if they are credited already. An idea of an
 * anonymous session records no contributor: %CH_PROJECT_ERROR_INVALID.
 */
gboolean
ch_project_add_contributor (ChProject      *self,
                            ChIdea         *idea,
                            ChParticipant  *participant,
                            GError        **error)
{
  return change_contributor (self, idea, participant, TRUE, error);
}

/**
 * ch_project_remove_contributor:
 *
 * Takes @participant off @idea's contributors (with the day they were
 * told, if they were), as one step; nothing changes if they are not
 * among them.
 */
gboolean
ch_project_remove_contributor (ChProject      *self,
                               ChIdea         *idea,
                               ChParticipant  *participant,
                               GError        **error)
{
  return change_contributor (self, idea, participant, FALSE, error);
}

/**
 * ch_project_mark_informed:
 * @date: (nullable): the day @participant was told what became of @idea,
 *   "YYYY-MM-DD", or %NULL for today
 *
 * Records that a contributor was told, as one step; for an informed one
 * it changes the date.
 */
gboolean
ch_project_mark_informed (ChProject      *self,
                          ChIdea         *idea,
                          ChParticipant  *participant,
                          const char     *date,
                          GError        **error)
{
  g_return_val_if_fail (participant != NULL, FALSE);

  return ch_project_mark_informed_many (self, &idea, 1, participant, date, error);
}

/**
 * ch_project_mark_informed_many:
 * @ideas: (array length=n_ideas): ideas of the project
 * @participant: (nullable): the contributor told about all of @ideas, or
 *   %NULL for every contributor of @ideas not informed yet
 * @date: (nullable): the day they were told, "YYYY-MM-DD", or %NULL for
 *   today
 *
 * Records, as one step, that contributors were told what became of their
 * ideas: closing the loop "all at once". With @participant, its date is
 * set on each idea, even one it had already; each idea must have
 * @participant among its contributors (%CH_PROJECT_ERROR_NOT_CONTRIBUTOR
 * otherwise, and nothing changes).
 */
gboolean
ch_project_mark_informed_many (ChProject      *self,
                               ChIdea        **ideas,
                               guint           n_ideas,
                               ChParticipant  *participant,
                               const char     *date,
                               GError        **error)
{
  g_autoptr(ChProjectEdit) edit = NULL;
  g_autofree char *today = NULL;
  g_autofree char *label = NULL;
  const char *participant_id = NULL;
  guint n_changed = 0;
  ChIdea *changed = NULL;

  g_return_val_if_fail (CH_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (participant == NULL ||
                        (CH_IS_PARTICIPANT (participant) && is_live (self, participant)), FALSE);
  for (guint i = 0; i < n_ideas; i++)
    g_return_val_if_fail (CH_IS_IDEA (ideas[i]) && is_live (self, ideas[i]), FALSE);

  if (date == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      date = today = g_date_time_format (now, "%Y-%m-%d");
    }

  if (!ch_workshop_date_is_valid (date))
    {
      g_set_error (error, CH_PROJECT_ERROR, CH_PROJECT_ERROR_INVALID,
                   _("“%s” is not a date like 2026-11-22."), date);
      return FALSE;
    }

  if (participant != NULL)
    participant_id = ch_entity_get_id (CH_ENTITY (participant));

  edit = ch_project_edit_new (self);
  for (guint i = 0; i < n_ideas; i++)
    {
      GPtrArray *contributors = ch_idea_get_contributors (CH_IDEA (ch_project_edit_peek (edit, CH_ENTITY (ideas[i]))));
      g_autoptr(GPtrArray) updated = NULL;
      gboolean found = FALSE;
      gboolean differs = FALSE;

      updated = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_contributor_free);
      for (guint j = 0; contributors != NULL && j < contributors->len; j++)
        {
          const ChContributor *contributor = g_ptr_array_index (contributors, j);
          gboolean told = participant_id != NULL
                          ? g_strcmp0 (contributor->participant_id, participant_id) == 0
                          : contributor->informed == NULL;

          found = found || told;
          differs = differs || (told && g_strcmp0 (contributor->informed, date) != 0);
          g_ptr_array_add (updated, ch_contributor_new (contributor->participant_id,
                                                        told ? date : contributor->informed));
        }

      if (participant_id != NULL && !found)
        {
          g_autofree char *title = ch_project_dup_label_name (CH_ENTITY (ideas[i]));

          g_set_error (error, CH_PROJECT_ERROR, CH_PROJECT_ERROR_NOT_CONTRIBUTOR,
                       _("%s did not contribute “%s”."),
                       ch_participant_get_name (participant), title);
          return FALSE;
        }

      if (!differs)
        continue;

      g_object_set (ch_project_edit_change (edit, CH_ENTITY (ideas[i])),
                    "contributors", updated, NULL);
      changed = ideas[i];
      n_changed++;
    }

  if (n_changed == 0)
    return TRUE;

  if (participant != NULL && n_changed == 1)
    {
      g_autofree char *title = ch_project_dup_label_name (CH_ENTITY (changed));

      /* Translators: undoing or redoing; the first %s is a participant's
       * name, the second an idea's title: they were told what became of it */
      label = g_strdup_printf (_("Mark %s as informed of “%s”"),
                               ch_participant_get_name (participant), title);
    }
  else if (participant != NULL)
    /* Translators: undoing or redoing; %s is a participant's name, who was
     * told what became of their ideas */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Mark %s as informed of %u idea",
                                          "Mark %s as informed of %u ideas", n_changed),
                             ch_participant_get_name (participant), n_changed);
  else
    /* Translators: undoing or redoing; contributors were told what became
     * of their ideas */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Mark the contributors of %u idea as informed",
                                          "Mark the contributors of %u ideas as informed",
                                          n_changed),
                             n_changed);

  return ch_project_edit_commit (edit, label, error);
}

/* Whether @idea is decided and @participant_id (or anyone, when NULL)
 * contributed it and was not told yet. */
static gboolean
needs_telling (ChIdea     *idea,
               const char *participant_id)
{
  GPtrArray *contributors;

  if (!is_decided (idea))
    return FALSE;

  contributors = ch_idea_get_contributors (idea);
  for (guint i = 0; contributors != NULL && i < contributors->len; i++)
    {
      const ChContributor *contributor = g_ptr_array_index (contributors, i);

      if (contributor->informed == NULL &&
          (participant_id == NULL || g_strcmp0 (contributor->participant_id, participant_id) == 0))
        return TRUE;
    }

  return FALSE;
}

/**
 * ch_project_list_participants_to_inform:
 *
 * Closing the loop: the participants who contributed an idea that is now
 * accepted, parked or done and have not been told.
 *
 * Returns: (transfer full) (element-type ChParticipant): those
 *   participants, in the order of ch_project_get_participants()
 */
GPtrArray *
ch_project_list_participants_to_inform (ChProject *self)
{
  g_autoptr(GHashTable) waiting = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *ideas;
  GListModel *participants;
  GPtrArray *list;
  guint n_ideas;
  guint n_participants;

  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);

  ideas = ch_project_get_ideas (self);
  n_ideas = g_list_model_get_n_items (ideas);
  for (guint i = 0; i < n_ideas; i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, i);
      GPtrArray *contributors = ch_idea_get_contributors (idea);

      if (!is_decided (idea))
        continue;

      for (guint j = 0; contributors != NULL && j < contributors->len; j++)
        {
          const ChContributor *contributor = g_ptr_array_index (contributors, j);

          if (contributor->informed == NULL)
            g_hash_table_add (waiting, (gpointer)g_intern_string (contributor->participant_id));
        }
    }

  participants = ch_project_get_participants (self);
  n_participants = g_list_model_get_n_items (participants);
  list = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_participants; i++)
    {
      g_autoptr(ChParticipant) participant = g_list_model_get_item (participants, i);

      if (g_hash_table_contains (waiting, ch_entity_get_id (CH_ENTITY (participant))))
        g_ptr_array_add (list, g_steal_pointer (&participant));
    }

  return list;
}

/**
 * ch_project_list_ideas_to_inform:
 *
 * Closing the loop for one participant: the ideas they contributed that
 * are accepted, parked or done, and of which they have not been told.
 *
 * Returns: (transfer full) (element-type ChIdea): those ideas, in the
 *   board's order
 */
GPtrArray *
ch_project_list_ideas_to_inform (ChProject     *self,
                                 ChParticipant *participant)
{
  const char *participant_id;
  GListModel *ideas;
  GPtrArray *list;
  guint n_ideas;

  g_return_val_if_fail (CH_IS_PROJECT (self), NULL);
  g_return_val_if_fail (CH_IS_PARTICIPANT (participant), NULL);

  participant_id = ch_entity_get_id (CH_ENTITY (participant));
  ideas = ch_project_get_ideas (self);
  n_ideas = g_list_model_get_n_items (ideas);
  list = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_ideas; i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, i);

      if (needs_telling (idea, participant_id))
        g_ptr_array_add (list, g_steal_pointer (&idea));
    }

  g_ptr_array_sort_with_data (list, compare_ideas_in_board_order, self);

  return list;
}
