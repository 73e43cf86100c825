package dev.switchyard.gateway.testkit;

import dev.switchyard.gateway.application.port.out.AssistantUpstream;

class ScriptedAssistantUpstreamTest extends AssistantUpstreamContract {

    @Override
    protected AssistantUpstream upstreamPlaying(UpstreamScenario... scenarios) {
        return new ScriptedAssistantUpstream(IDLE_TIMEOUT).enqueue(scenarios);
    }
}
