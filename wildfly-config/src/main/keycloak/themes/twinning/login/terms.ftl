<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#-- keycloak.v2's terms.ftl with one change: the terms text gets the platform's address as {0}
     (properties.twinningHome), so its links reach /terms and /privacy wherever the platform runs. -->

<@layout.registrationLayout displayMessage=false; section>
<!-- template: terms.ftl -->

    <#if section = "header">
        ${msg("termsTitle")}
    <#elseif section = "form">
    <div class="${properties.kcContentWrapperClass}">
        ${kcSanitize(msg("termsText", properties.twinningHome))?no_esc}
    </div>
    <form class="${properties.kcFormClass!}" action="${url.loginAction}" method="POST">
        <@buttons.actionGroup horizontal=true>
            <@buttons.button name="accept" id="kc-accept" label="doAccept"/>
            <@buttons.button name="cancel" id="kc-decline" label="doDecline" type="secondary"/>
        </@buttons.actionGroup>
    </form>
    <div class="clearfix"></div>
    </#if>
</@layout.registrationLayout>
