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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import ssiplan.model.Cec;
import ssiplan.model.DasdVolume;
import ssiplan.model.Installation;
import ssiplan.model.PlanningSettings;
import ssiplan.model.RealDevice;
import ssiplan.model.Scenario;
import ssiplan.model.SsiCluster;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Installation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.InstallationImpl#getName <em>Name</em>}</li>
 *   <li>{@link ssiplan.model.impl.InstallationImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link ssiplan.model.impl.InstallationImpl#getCecs <em>Cecs</em>}</li>
 *   <li>{@link ssiplan.model.impl.InstallationImpl#getDasdVolumes <em>Dasd Volumes</em>}</li>
 *   <li>{@link ssiplan.model.impl.InstallationImpl#getRealDevices <em>Real Devices</em>}</li>
 *   <li>{@link ssiplan.model.impl.InstallationImpl#getClusters <em>Clusters</em>}</li>
 *   <li>{@link ssiplan.model.impl.InstallationImpl#getSettings <em>Settings</em>}</li>
 *   <li>{@link ssiplan.model.impl.InstallationImpl#getScenarios <em>Scenarios</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstallationImpl extends EObjectImpl implements Installation {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCecs() <em>Cecs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCecs()
	 * @generated
	 * @ordered
	 */
	protected EList<Cec> cecs;

	/**
	 * The cached value of the '{@link #getDasdVolumes() <em>Dasd Volumes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDasdVolumes()
	 * @generated
	 * @ordered
	 */
	protected EList<DasdVolume> dasdVolumes;

	/**
	 * The cached value of the '{@link #getRealDevices() <em>Real Devices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRealDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<RealDevice> realDevices;

	/**
	 * The cached value of the '{@link #getClusters() <em>Clusters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusters()
	 * @generated
	 * @ordered
	 */
	protected EList<SsiCluster> clusters;

	/**
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected PlanningSettings settings;

	/**
	 * The cached value of the '{@link #getScenarios() <em>Scenarios</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarios()
	 * @generated
	 * @ordered
	 */
	protected EList<Scenario> scenarios;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstallationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.INSTALLATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.INSTALLATION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.INSTALLATION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Cec> getCecs() {
		if (cecs == null) {
			cecs = new EObjectContainmentEList<Cec>(Cec.class, this, SsiplanPackage.INSTALLATION__CECS);
		}
		return cecs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DasdVolume> getDasdVolumes() {
		if (dasdVolumes == null) {
			dasdVolumes = new EObjectContainmentEList<DasdVolume>(DasdVolume.class, this, SsiplanPackage.INSTALLATION__DASD_VOLUMES);
		}
		return dasdVolumes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RealDevice> getRealDevices() {
		if (realDevices == null) {
			realDevices = new EObjectContainmentEList<RealDevice>(RealDevice.class, this, SsiplanPackage.INSTALLATION__REAL_DEVICES);
		}
		return realDevices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SsiCluster> getClusters() {
		if (clusters == null) {
			clusters = new EObjectContainmentEList<SsiCluster>(SsiCluster.class, this, SsiplanPackage.INSTALLATION__CLUSTERS);
		}
		return clusters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanningSettings getSettings() {
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSettings(PlanningSettings newSettings, NotificationChain msgs) {
		PlanningSettings oldSettings = settings;
		settings = newSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SsiplanPackage.INSTALLATION__SETTINGS, oldSettings, newSettings);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSettings(PlanningSettings newSettings) {
		if (newSettings != settings) {
			NotificationChain msgs = null;
			if (settings != null)
				msgs = ((InternalEObject)settings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SsiplanPackage.INSTALLATION__SETTINGS, null, msgs);
			if (newSettings != null)
				msgs = ((InternalEObject)newSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SsiplanPackage.INSTALLATION__SETTINGS, null, msgs);
			msgs = basicSetSettings(newSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.INSTALLATION__SETTINGS, newSettings, newSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scenario> getScenarios() {
		if (scenarios == null) {
			scenarios = new EObjectContainmentEList<Scenario>(Scenario.class, this, SsiplanPackage.INSTALLATION__SCENARIOS);
		}
		return scenarios;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SsiplanPackage.INSTALLATION__CECS:
				return ((InternalEList<?>)getCecs()).basicRemove(otherEnd, msgs);
			case SsiplanPackage.INSTALLATION__DASD_VOLUMES:
				return ((InternalEList<?>)getDasdVolumes()).basicRemove(otherEnd, msgs);
			case SsiplanPackage.INSTALLATION__REAL_DEVICES:
				return ((InternalEList<?>)getRealDevices()).basicRemove(otherEnd, msgs);
			case SsiplanPackage.INSTALLATION__CLUSTERS:
				return ((InternalEList<?>)getClusters()).basicRemove(otherEnd, msgs);
			case SsiplanPackage.INSTALLATION__SETTINGS:
				return basicSetSettings(null, msgs);
			case SsiplanPackage.INSTALLATION__SCENARIOS:
				return ((InternalEList<?>)getScenarios()).basicRemove(otherEnd, msgs);
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
			case SsiplanPackage.INSTALLATION__NAME:
				return getName();
			case SsiplanPackage.INSTALLATION__DESCRIPTION:
				return getDescription();
			case SsiplanPackage.INSTALLATION__CECS:
				return getCecs();
			case SsiplanPackage.INSTALLATION__DASD_VOLUMES:
				return getDasdVolumes();
			case SsiplanPackage.INSTALLATION__REAL_DEVICES:
				return getRealDevices();
			case SsiplanPackage.INSTALLATION__CLUSTERS:
				return getClusters();
			case SsiplanPackage.INSTALLATION__SETTINGS:
				return getSettings();
			case SsiplanPackage.INSTALLATION__SCENARIOS:
				return getScenarios();
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
			case SsiplanPackage.INSTALLATION__NAME:
				setName((String)newValue);
				return;
			case SsiplanPackage.INSTALLATION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SsiplanPackage.INSTALLATION__CECS:
				getCecs().clear();
				getCecs().addAll((Collection<? extends Cec>)newValue);
				return;
			case SsiplanPackage.INSTALLATION__DASD_VOLUMES:
				getDasdVolumes().clear();
				getDasdVolumes().addAll((Collection<? extends DasdVolume>)newValue);
				return;
			case SsiplanPackage.INSTALLATION__REAL_DEVICES:
				getRealDevices().clear();
				getRealDevices().addAll((Collection<? extends RealDevice>)newValue);
				return;
			case SsiplanPackage.INSTALLATION__CLUSTERS:
				getClusters().clear();
				getClusters().addAll((Collection<? extends SsiCluster>)newValue);
				return;
			case SsiplanPackage.INSTALLATION__SETTINGS:
				setSettings((PlanningSettings)newValue);
				return;
			case SsiplanPackage.INSTALLATION__SCENARIOS:
				getScenarios().clear();
				getScenarios().addAll((Collection<? extends Scenario>)newValue);
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
			case SsiplanPackage.INSTALLATION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SsiplanPackage.INSTALLATION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SsiplanPackage.INSTALLATION__CECS:
				getCecs().clear();
				return;
			case SsiplanPackage.INSTALLATION__DASD_VOLUMES:
				getDasdVolumes().clear();
				return;
			case SsiplanPackage.INSTALLATION__REAL_DEVICES:
				getRealDevices().clear();
				return;
			case SsiplanPackage.INSTALLATION__CLUSTERS:
				getClusters().clear();
				return;
			case SsiplanPackage.INSTALLATION__SETTINGS:
				setSettings((PlanningSettings)null);
				return;
			case SsiplanPackage.INSTALLATION__SCENARIOS:
				getScenarios().clear();
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
			case SsiplanPackage.INSTALLATION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SsiplanPackage.INSTALLATION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SsiplanPackage.INSTALLATION__CECS:
				return cecs != null && !cecs.isEmpty();
			case SsiplanPackage.INSTALLATION__DASD_VOLUMES:
				return dasdVolumes != null && !dasdVolumes.isEmpty();
			case SsiplanPackage.INSTALLATION__REAL_DEVICES:
				return realDevices != null && !realDevices.isEmpty();
			case SsiplanPackage.INSTALLATION__CLUSTERS:
				return clusters != null && !clusters.isEmpty();
			case SsiplanPackage.INSTALLATION__SETTINGS:
				return settings != null;
			case SsiplanPackage.INSTALLATION__SCENARIOS:
				return scenarios != null && !scenarios.isEmpty();
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
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //InstallationImpl
