// fork_selection.cpp — see fork_selection.h.
#include "fork_selection.h"

#include "ir/find_all.h"

namespace wpk::instrument {

using namespace wasm;

const char* selectionReasonName(SelectionReason reason) {
  switch (reason) {
  case SelectionReason::Seed:
    return "seed";
  case SelectionReason::Direct:
    return "direct";
  case SelectionReason::Indirect:
    return "indirect";
  case SelectionReason::Forced:
    return "forced";
  }
  return "?";
}

ForkSelection::ForkSelection(Module& module, const std::vector<ImportName>& seeds,
                             SelectionPolicy policy)
    : module_(module), forceAll_(policy.forceAll) {
  for (auto& func : module.functions) {
    if (!func->imported()) {
      continue;
    }
    for (auto& seed : seeds) {
      if (func->module == seed.module.c_str() && func->base == seed.base.c_str()) {
        seeds_.push_back(func->name);
        reaching_.insert(func->name);
        break;
      }
    }
  }
  if (policy.forceAll) {
    for (auto& func : module.functions) {
      reaching_.insert(func->name);
      if (!func->imported()) {
        instrumented_.emplace_back(func->name, SelectionReason::Forced);
      }
    }
    return;
  }
  if (seeds_.empty()) {
    return;
  }

  // Tables: what each can hold.
  for (auto& table : module.tables) {
    tables_[table->name].known = !table->imported();
  }
  for (auto& exp : module.exports) {
    if (exp->kind == ExternalKind::Table && tables_.count(exp->value) && policy.hostWritesTables) {
      tables_[exp->value].known = false;
    }
    if (exp->kind == ExternalKind::Function) {
      storable_.insert(exp->value);
    }
  }
  for (auto& segment : module.elementSegments) {
    TableInfo* info = nullptr;
    std::optional<uint64_t> offset;
    if (segment->table.is() && tables_.count(segment->table)) {
      info = &tables_[segment->table];
      if (segment->offset) {
        if (auto* c = segment->offset->dynCast<Const>()) {
          offset = c->value.getInteger();
        } else {
          info->slotsKnown = false;
        }
      } else {
        info->known = false; // passive/declared segments can be copied in by table.init
      }
    }
    for (size_t i = 0; i < segment->data.size(); ++i) {
      auto* ref = segment->data[i]->dynCast<RefFunc>();
      if (!ref) {
        continue;
      }
      storable_.insert(ref->func);
      if (info) {
        info->members.insert(ref->func);
        if (offset) {
          info->slots[*offset + i] = ref->func;
        }
      }
    }
  }

  std::vector<std::vector<Name>> directCallees;
  std::vector<std::vector<CallIndirect*>> indirectCalls;
  std::vector<Function*> defined;
  for (auto& func : module.functions) {
    if (func->imported()) {
      continue;
    }
    defined.push_back(func.get());
    std::vector<Name> callees;
    for (auto* call : FindAll<Call>(func->body).list) {
      callees.push_back(call->target);
    }
    directCallees.push_back(std::move(callees));
    indirectCalls.push_back(FindAll<CallIndirect>(func->body).list);
    for (auto* set : FindAll<TableSet>(func->body).list) {
      if (tables_.count(set->table)) {
        tables_[set->table].known = false;
      }
    }
    for (auto* grow : FindAll<TableGrow>(func->body).list) {
      if (tables_.count(grow->table)) {
        tables_[grow->table].known = false;
      }
    }
    for (auto* ref : FindAll<RefFunc>(func->body).list) {
      storable_.insert(ref->func);
    }
  }

  for (auto& name : storable_) {
    if (auto* func = module.getFunctionOrNull(name)) {
      storableByType_[func->type].push_back(name);
    }
  }
  for (auto& [table, info] : tables_) {
    for (auto& name : info.members) {
      if (auto* func = module.getFunctionOrNull(name)) {
        membersByType_[table][func->type].push_back(name);
      }
    }
  }

  // Fixed point over the reverse call graph.
  std::map<Name, SelectionReason> reasons;
  bool changed = true;
  while (changed) {
    changed = false;
    for (size_t i = 0; i < defined.size(); ++i) {
      Name name = defined[i]->name;
      if (reaching_.count(name)) {
        continue;
      }
      bool direct = false;
      for (auto& callee : directCallees[i]) {
        if (reaching_.count(callee)) {
          direct = true;
          break;
        }
      }
      bool indirect = false;
      if (!direct) {
        for (auto* call : indirectCalls[i]) {
          if (indirectReaches(call)) {
            indirect = true;
            break;
          }
        }
      }
      if (direct || indirect) {
        reaching_.insert(name);
        reasons[name] = direct ? SelectionReason::Direct : SelectionReason::Indirect;
        changed = true;
      }
    }
  }
  for (auto* func : defined) {
    auto it = reasons.find(func->name);
    if (it != reasons.end()) {
      instrumented_.emplace_back(func->name, it->second);
    }
  }
}

std::vector<Name> ForkSelection::indirectCandidates(CallIndirect* call) const {
  std::vector<Name> result;
  auto matches = [&](Name name) {
    auto* func = module_.getFunctionOrNull(name);
    return func && func->type == call->heapType;
  };
  auto it = tables_.find(call->table);
  if (it != tables_.end() && it->second.known) {
    const TableInfo& info = it->second;
    if (auto* c = call->target->dynCast<Const>(); c && info.slotsKnown) {
      auto slot = info.slots.find(c->value.getInteger());
      if (slot != info.slots.end() && matches(slot->second)) {
        result.push_back(slot->second);
      }
      return result;
    }
    auto byType = membersByType_.find(call->table);
    if (byType != membersByType_.end()) {
      if (auto it = byType->second.find(call->heapType); it != byType->second.end()) {
        return it->second;
      }
    }
    return result;
  }
  if (auto it = storableByType_.find(call->heapType); it != storableByType_.end()) {
    return it->second;
  }
  return result;
}

bool ForkSelection::indirectReaches(CallIndirect* call) const {
  for (auto& name : indirectCandidates(call)) {
    if (reaching_.count(name)) {
      return true;
    }
  }
  return false;
}

bool ForkSelection::isForkPathCall(Expression* expr) const {
  if (forceAll_) {
    return expr->is<Call>() || expr->is<CallIndirect>();
  }
  if (auto* call = expr->dynCast<Call>()) {
    return reaching_.count(call->target) != 0;
  }
  if (auto* call = expr->dynCast<CallIndirect>()) {
    return indirectReaches(call);
  }
  return false;
}

} // namespace wpk::instrument
