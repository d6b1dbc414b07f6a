/**
 */
package ssiplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import ssiplan.model.ConfigStatement;
import ssiplan.model.DasdVolume;
import ssiplan.model.IsfcLink;
import ssiplan.model.Member;
import ssiplan.model.Profile;
import ssiplan.model.RelocationDomain;
import ssiplan.model.SsiCluster;
import ssiplan.model.SsiplanPackage;
import ssiplan.model.VirtualMachine;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.ZvmRelease;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ssi Cluster</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.SsiClusterImpl#getName <em>Name</em>}</li>
 *   <li>{@link ssiplan.model.impl.SsiClusterImpl#getRelease <em>Release</em>}</li>
 *   <li>{@link ssiplan.model.impl.SsiClusterImpl#getPdrVolume <em>Pdr Volume</em>}</li>
 *   <li>{@link ssiplan.model.impl.SsiClusterImpl#getUserPrefix <em>User Prefix</em>}</li>
 *   <li>{@link ssiplan.model.impl.SsiClusterImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link ssiplan.model.impl.SsiClusterImpl#getIsfcLinks <em>Isfc Links</em>}</li>
 *   <li>{@link ssiplan.model.impl.SsiClusterImpl#getVirtualSwitches <em>Virtual Switches</em>}</li>
 *   <li>{@link ssiplan.model.impl.SsiClusterImpl#getRelocationDomains <em>Relocation Domains</em>}</li>
 *   <li>{@link ssiplan.model.impl.SsiClusterImpl#getProfiles <em>Profiles</em>}</li>
 *   <li>{@link ssiplan.model.impl.SsiClusterImpl#getVirtualMachines <em>Virtual Machines</em>}</li>
 *   <li>{@link ssiplan.model.impl.SsiClusterImpl#getConfigStatements <em>Config Statements</em>}</li>
 *   <li>{@link ssiplan.model.impl.SsiClusterImpl#getDirectoryStatements <em>Directory Statements</em>}</li>
 *   <li>{@link ssiplan.model.impl.SsiClusterImpl#getOtherDirectoryEntries <em>Other Directory Entries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SsiClusterImpl extends EObjectImpl implements SsiCluster {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getRelease() <em>Release</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelease()
	 * @generated
	 * @ordered
	 */
	protected static final ZvmRelease RELEASE_EDEFAULT = ZvmRelease.V7_3;

	/**
	 * The cached value of the '{@link #getRelease() <em>Release</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelease()
	 * @generated
	 * @ordered
	 */
	protected ZvmRelease release = RELEASE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPdrVolume() <em>Pdr Volume</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPdrVolume()
	 * @generated
	 * @ordered
	 */
	protected DasdVolume pdrVolume;

	/**
	 * The default value of the '{@link #getUserPrefix() <em>User Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserPrefix()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_PREFIX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserPrefix() <em>User Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserPrefix()
	 * @generated
	 * @ordered
	 */
	protected String userPrefix = USER_PREFIX_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<Member> members;

	/**
	 * The cached value of the '{@link #getIsfcLinks() <em>Isfc Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsfcLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<IsfcLink> isfcLinks;

	/**
	 * The cached value of the '{@link #getVirtualSwitches() <em>Virtual Switches</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtualSwitches()
	 * @generated
	 * @ordered
	 */
	protected EList<VirtualSwitch> virtualSwitches;

	/**
	 * The cached value of the '{@link #getRelocationDomains() <em>Relocation Domains</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelocationDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<RelocationDomain> relocationDomains;

	/**
	 * The cached value of the '{@link #getProfiles() <em>Profiles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfiles()
	 * @generated
	 * @ordered
	 */
	protected EList<Profile> profiles;

	/**
	 * The cached value of the '{@link #getVirtualMachines() <em>Virtual Machines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtualMachines()
	 * @generated
	 * @ordered
	 */
	protected EList<VirtualMachine> virtualMachines;

	/**
	 * The cached value of the '{@link #getConfigStatements() <em>Config Statements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfigStatements()
	 * @generated
	 * @ordered
	 */
	protected EList<ConfigStatement> configStatements;

	/**
	 * The cached value of the '{@link #getDirectoryStatements() <em>Directory Statements</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectoryStatements()
	 * @generated
	 * @ordered
	 */
	protected EList<String> directoryStatements;

	/**
	 * The cached value of the '{@link #getOtherDirectoryEntries() <em>Other Directory Entries</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherDirectoryEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<String> otherDirectoryEntries;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SsiClusterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.SSI_CLUSTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SSI_CLUSTER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ZvmRelease getRelease() {
		return release;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelease(ZvmRelease newRelease) {
		ZvmRelease oldRelease = release;
		release = newRelease == null ? RELEASE_EDEFAULT : newRelease;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SSI_CLUSTER__RELEASE, oldRelease, release));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DasdVolume getPdrVolume() {
		if (pdrVolume != null && pdrVolume.eIsProxy()) {
			InternalEObject oldPdrVolume = (InternalEObject)pdrVolume;
			pdrVolume = (DasdVolume)eResolveProxy(oldPdrVolume);
			if (pdrVolume != oldPdrVolume) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.SSI_CLUSTER__PDR_VOLUME, oldPdrVolume, pdrVolume));
			}
		}
		return pdrVolume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DasdVolume basicGetPdrVolume() {
		return pdrVolume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPdrVolume(DasdVolume newPdrVolume) {
		DasdVolume oldPdrVolume = pdrVolume;
		pdrVolume = newPdrVolume;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SSI_CLUSTER__PDR_VOLUME, oldPdrVolume, pdrVolume));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserPrefix() {
		return userPrefix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserPrefix(String newUserPrefix) {
		String oldUserPrefix = userPrefix;
		userPrefix = newUserPrefix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SSI_CLUSTER__USER_PREFIX, oldUserPrefix, userPrefix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Member> getMembers() {
		if (members == null) {
			members = new EObjectContainmentEList<Member>(Member.class, this, SsiplanPackage.SSI_CLUSTER__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IsfcLink> getIsfcLinks() {
		if (isfcLinks == null) {
			isfcLinks = new EObjectContainmentEList<IsfcLink>(IsfcLink.class, this, SsiplanPackage.SSI_CLUSTER__ISFC_LINKS);
		}
		return isfcLinks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VirtualSwitch> getVirtualSwitches() {
		if (virtualSwitches == null) {
			virtualSwitches = new EObjectContainmentEList<VirtualSwitch>(VirtualSwitch.class, this, SsiplanPackage.SSI_CLUSTER__VIRTUAL_SWITCHES);
		}
		return virtualSwitches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RelocationDomain> getRelocationDomains() {
		if (relocationDomains == null) {
			relocationDomains = new EObjectContainmentEList<RelocationDomain>(RelocationDomain.class, this, SsiplanPackage.SSI_CLUSTER__RELOCATION_DOMAINS);
		}
		return relocationDomains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Profile> getProfiles() {
		if (profiles == null) {
			profiles = new EObjectContainmentEList<Profile>(Profile.class, this, SsiplanPackage.SSI_CLUSTER__PROFILES);
		}
		return profiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VirtualMachine> getVirtualMachines() {
		if (virtualMachines == null) {
			virtualMachines = new EObjectContainmentEList<VirtualMachine>(VirtualMachine.class, this, SsiplanPackage.SSI_CLUSTER__VIRTUAL_MACHINES);
		}
		return virtualMachines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConfigStatement> getConfigStatements() {
		if (configStatements == null) {
			configStatements = new EObjectContainmentEList<ConfigStatement>(ConfigStatement.class, this, SsiplanPackage.SSI_CLUSTER__CONFIG_STATEMENTS);
		}
		return configStatements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDirectoryStatements() {
		if (directoryStatements == null) {
			directoryStatements = new EDataTypeUniqueEList<String>(String.class, this, SsiplanPackage.SSI_CLUSTER__DIRECTORY_STATEMENTS);
		}
		return directoryStatements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getOtherDirectoryEntries() {
		if (otherDirectoryEntries == null) {
			otherDirectoryEntries = new EDataTypeUniqueEList<String>(String.class, this, SsiplanPackage.SSI_CLUSTER__OTHER_DIRECTORY_ENTRIES);
		}
		return otherDirectoryEntries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SsiplanPackage.SSI_CLUSTER__MEMBERS:
				return ((InternalEList<?>)getMembers()).basicRemove(otherEnd, msgs);
			case SsiplanPackage.SSI_CLUSTER__ISFC_LINKS:
				return ((InternalEList<?>)getIsfcLinks()).basicRemove(otherEnd, msgs);
			case SsiplanPackage.SSI_CLUSTER__VIRTUAL_SWITCHES:
				return ((InternalEList<?>)getVirtualSwitches()).basicRemove(otherEnd, msgs);
			case SsiplanPackage.SSI_CLUSTER__RELOCATION_DOMAINS:
				return ((InternalEList<?>)getRelocationDomains()).basicRemove(otherEnd, msgs);
			case SsiplanPackage.SSI_CLUSTER__PROFILES:
				return ((InternalEList<?>)getProfiles()).basicRemove(otherEnd, msgs);
			case SsiplanPackage.SSI_CLUSTER__VIRTUAL_MACHINES:
				return ((InternalEList<?>)getVirtualMachines()).basicRemove(otherEnd, msgs);
			case SsiplanPackage.SSI_CLUSTER__CONFIG_STATEMENTS:
				return ((InternalEList<?>)getConfigStatements()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.SSI_CLUSTER__NAME:
				return getName();
			case SsiplanPackage.SSI_CLUSTER__RELEASE:
				return getRelease();
			case SsiplanPackage.SSI_CLUSTER__PDR_VOLUME:
				if (resolve) return getPdrVolume();
				return basicGetPdrVolume();
			case SsiplanPackage.SSI_CLUSTER__USER_PREFIX:
				return getUserPrefix();
			case SsiplanPackage.SSI_CLUSTER__MEMBERS:
				return getMembers();
			case SsiplanPackage.SSI_CLUSTER__ISFC_LINKS:
				return getIsfcLinks();
			case SsiplanPackage.SSI_CLUSTER__VIRTUAL_SWITCHES:
				return getVirtualSwitches();
			case SsiplanPackage.SSI_CLUSTER__RELOCATION_DOMAINS:
				return getRelocationDomains();
			case SsiplanPackage.SSI_CLUSTER__PROFILES:
				return getProfiles();
			case SsiplanPackage.SSI_CLUSTER__VIRTUAL_MACHINES:
				return getVirtualMachines();
			case SsiplanPackage.SSI_CLUSTER__CONFIG_STATEMENTS:
				return getConfigStatements();
			case SsiplanPackage.SSI_CLUSTER__DIRECTORY_STATEMENTS:
				return getDirectoryStatements();
			case SsiplanPackage.SSI_CLUSTER__OTHER_DIRECTORY_ENTRIES:
				return getOtherDirectoryEntries();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SsiplanPackage.SSI_CLUSTER__NAME:
				setName((String)newValue);
				return;
			case SsiplanPackage.SSI_CLUSTER__RELEASE:
				setRelease((ZvmRelease)newValue);
				return;
			case SsiplanPackage.SSI_CLUSTER__PDR_VOLUME:
				setPdrVolume((DasdVolume)newValue);
				return;
			case SsiplanPackage.SSI_CLUSTER__USER_PREFIX:
				setUserPrefix((String)newValue);
				return;
			case SsiplanPackage.SSI_CLUSTER__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends Member>)newValue);
				return;
			case SsiplanPackage.SSI_CLUSTER__ISFC_LINKS:
				getIsfcLinks().clear();
				getIsfcLinks().addAll((Collection<? extends IsfcLink>)newValue);
				return;
			case SsiplanPackage.SSI_CLUSTER__VIRTUAL_SWITCHES:
				getVirtualSwitches().clear();
				getVirtualSwitches().addAll((Collection<? extends VirtualSwitch>)newValue);
				return;
			case SsiplanPackage.SSI_CLUSTER__RELOCATION_DOMAINS:
				getRelocationDomains().clear();
				getRelocationDomains().addAll((Collection<? extends RelocationDomain>)newValue);
				return;
			case SsiplanPackage.SSI_CLUSTER__PROFILES:
				getProfiles().clear();
				getProfiles().addAll((Collection<? extends Profile>)newValue);
				return;
			case SsiplanPackage.SSI_CLUSTER__VIRTUAL_MACHINES:
				getVirtualMachines().clear();
				getVirtualMachines().addAll((Collection<? extends VirtualMachine>)newValue);
				return;
			case SsiplanPackage.SSI_CLUSTER__CONFIG_STATEMENTS:
				getConfigStatements().clear();
				getConfigStatements().addAll((Collection<? extends ConfigStatement>)newValue);
				return;
			case SsiplanPackage.SSI_CLUSTER__DIRECTORY_STATEMENTS:
				getDirectoryStatements().clear();
				getDirectoryStatements().addAll((Collection<? extends String>)newValue);
				return;
			case SsiplanPackage.SSI_CLUSTER__OTHER_DIRECTORY_ENTRIES:
				getOtherDirectoryEntries().clear();
				getOtherDirectoryEntries().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SsiplanPackage.SSI_CLUSTER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SsiplanPackage.SSI_CLUSTER__RELEASE:
				setRelease(RELEASE_EDEFAULT);
				return;
			case SsiplanPackage.SSI_CLUSTER__PDR_VOLUME:
				setPdrVolume((DasdVolume)null);
				return;
			case SsiplanPackage.SSI_CLUSTER__USER_PREFIX:
				setUserPrefix(USER_PREFIX_EDEFAULT);
				return;
			case SsiplanPackage.SSI_CLUSTER__MEMBERS:
				getMembers().clear();
				return;
			case SsiplanPackage.SSI_CLUSTER__ISFC_LINKS:
				getIsfcLinks().clear();
				return;
			case SsiplanPackage.SSI_CLUSTER__VIRTUAL_SWITCHES:
				getVirtualSwitches().clear();
				return;
			case SsiplanPackage.SSI_CLUSTER__RELOCATION_DOMAINS:
				getRelocationDomains().clear();
				return;
			case SsiplanPackage.SSI_CLUSTER__PROFILES:
				getProfiles().clear();
				return;
			case SsiplanPackage.SSI_CLUSTER__VIRTUAL_MACHINES:
				getVirtualMachines().clear();
				return;
			case SsiplanPackage.SSI_CLUSTER__CONFIG_STATEMENTS:
				getConfigStatements().clear();
				return;
			case SsiplanPackage.SSI_CLUSTER__DIRECTORY_STATEMENTS:
				getDirectoryStatements().clear();
				return;
			case SsiplanPackage.SSI_CLUSTER__OTHER_DIRECTORY_ENTRIES:
				getOtherDirectoryEntries().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SsiplanPackage.SSI_CLUSTER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SsiplanPackage.SSI_CLUSTER__RELEASE:
				return release != RELEASE_EDEFAULT;
			case SsiplanPackage.SSI_CLUSTER__PDR_VOLUME:
				return pdrVolume != null;
			case SsiplanPackage.SSI_CLUSTER__USER_PREFIX:
				return USER_PREFIX_EDEFAULT == null ? userPrefix != null : !USER_PREFIX_EDEFAULT.equals(userPrefix);
			case SsiplanPackage.SSI_CLUSTER__MEMBERS:
				return members != null && !members.isEmpty();
			case SsiplanPackage.SSI_CLUSTER__ISFC_LINKS:
				return isfcLinks != null && !isfcLinks.isEmpty();
			case SsiplanPackage.SSI_CLUSTER__VIRTUAL_SWITCHES:
				return virtualSwitches != null && !virtualSwitches.isEmpty();
			case SsiplanPackage.SSI_CLUSTER__RELOCATION_DOMAINS:
				return relocationDomains != null && !relocationDomains.isEmpty();
			case SsiplanPackage.SSI_CLUSTER__PROFILES:
				return profiles != null && !profiles.isEmpty();
			case SsiplanPackage.SSI_CLUSTER__VIRTUAL_MACHINES:
				return virtualMachines != null && !virtualMachines.isEmpty();
			case SsiplanPackage.SSI_CLUSTER__CONFIG_STATEMENTS:
				return configStatements != null && !configStatements.isEmpty();
			case SsiplanPackage.SSI_CLUSTER__DIRECTORY_STATEMENTS:
				return directoryStatements != null && !directoryStatements.isEmpty();
			case SsiplanPackage.SSI_CLUSTER__OTHER_DIRECTORY_ENTRIES:
				return otherDirectoryEntries != null && !otherDirectoryEntries.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", release: ");
		result.append(release);
		result.append(", userPrefix: ");
		result.append(userPrefix);
		result.append(", directoryStatements: ");
		result.append(directoryStatements);
		result.append(", otherDirectoryEntries: ");
		result.append(otherDirectoryEntries);
		result.append(')');
		return result.toString();
	}

} //SsiClusterImpl
